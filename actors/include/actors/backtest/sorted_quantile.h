// The q-quantile of ascending values by linear interpolation between order statistics
// (numpy's default, "linear"), so bootstrap intervals and calibration bins match numpy.
#pragma once

#include <algorithm>
#include <cmath>
#include <vector>

namespace preseason {

// Requires a non-empty, ascending `sorted` and 0 <= q <= 1.
inline double sorted_quantile(const std::vector<double>& sorted, double q) {
  const double h = q * static_cast<double>(sorted.size() - 1);
  const auto lo = static_cast<std::size_t>(std::floor(h));
  const std::size_t hi = std::min(lo + 1, sorted.size() - 1);
  return sorted[lo] + (h - static_cast<double>(lo)) * (sorted[hi] - sorted[lo]);
}

}  // namespace preseason
