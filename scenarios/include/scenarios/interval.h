// Mean and two-sided confidence interval over replicates (Student's t), for
// summaries and for paired differences between variants run with common random numbers.
#pragma once

#include <cstddef>
#include <vector>

namespace preseason {

struct Interval {
  double mean = 0;
  double low = 0;   // NaN with fewer than two values
  double high = 0;
  std::size_t n = 0;
};

Interval mean_interval(const std::vector<double>& values, double level = 0.95);

// Element-wise b - a; the vectors have equal length (replicate i against replicate i).
std::vector<double> paired_differences(const std::vector<double>& a, const std::vector<double>& b);

}  // namespace preseason
