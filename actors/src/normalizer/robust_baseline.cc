#include "actors/normalizer/robust_baseline.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>
#include <vector>

namespace preseason {

namespace {

// The k-th and (k−1)-th smallest of |x − median| over sorted x: the deviations grow outwards
// from the split at `mid` on both sides, so merging the two runs finds them without a sort.
std::pair<double, double> deviations_at(const std::vector<double>& x, double median, std::size_t mid, std::size_t k) {
  std::size_t left = mid, right = mid;  // next candidates: x[left − 1] and x[right]
  double previous = 0, current = 0;
  for (std::size_t t = 0; t <= k; ++t) {
    previous = current;
    const bool has_left = left > 0, has_right = right < x.size();
    const double l = has_left ? std::abs(x[left - 1] - median) : 0;
    const double r = has_right ? std::abs(x[right] - median) : 0;
    if (has_left && (!has_right || l <= r)) {
      current = l;
      --left;
    } else {
      current = r;
      ++right;
    }
  }
  return {previous, current};
}

}  // namespace

RobustBaseline robust_baseline(const double* first, const double* last) {
  // Scored once per reading in every pipeline: reuse one buffer per thread rather than
  // allocate for each window.
  thread_local std::vector<double> v;
  v.clear();
  for (const double* p = first; p != last; ++p)
    if (!std::isnan(*p)) v.push_back(*p);
  std::sort(v.begin(), v.end());
  return robust_baseline_sorted(v);
}

// Equal to the textbook definition (the median of the values, then of their absolute
// deviations, each the mean of the two middle values when the count is even) value for value:
// both medians pick the same elements, only found by one sort and one merge.
RobustBaseline robust_baseline_sorted(const std::vector<double>& v) {
  RobustBaseline b;
  b.count = static_cast<int>(v.size());
  if (v.empty()) return b;
  const std::size_t n = v.size(), mid = n / 2;
  b.median = n % 2 ? v[mid] : 0.5 * (v[mid - 1] + v[mid]);
  const auto [lower, upper] = deviations_at(v, b.median, mid, mid);
  b.mad = n % 2 ? upper : 0.5 * (lower + upper);
  return b;
}

double robust_z(double x, const RobustBaseline& b, int min_count) {
  if (std::isnan(x) || b.count < min_count || b.mad == 0) return std::numeric_limits<double>::quiet_NaN();
  return (x - b.median) / (kMadToSd * b.mad);
}

}  // namespace preseason
