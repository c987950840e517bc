// Median and MAD of a window of daily values (NaN = no value), and the robust
// z-score against them. One wild reading moves a median far less than a mean.
#pragma once

#include <vector>

namespace preseason {

// MAD × 1.4826 estimates the SD of normally distributed values.
constexpr double kMadToSd = 1.4826;

struct RobustBaseline {
  int count = 0;
  double median = 0;
  double mad = 0;
};

RobustBaseline robust_baseline(const double* first, const double* last);
// The same baseline from the window's reported values already sorted ascending.
RobustBaseline robust_baseline_sorted(const std::vector<double>& sorted);
// (x − median) / (1.4826 · MAD); NaN when x is NaN, fewer than min_count values or MAD is 0.
double robust_z(double x, const RobustBaseline& b, int min_count);

}  // namespace preseason
