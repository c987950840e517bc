#include "actors/normalizer/robust_baseline.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace preseason {

namespace {

double median_of(std::vector<double>& v) {
  const std::size_t n = v.size(), mid = n / 2;
  std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(mid), v.end());
  const double upper = v[mid];
  if (n % 2) return upper;
  return 0.5 * (*std::max_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(mid)) + upper);
}

}  // namespace

RobustBaseline robust_baseline(const double* first, const double* last) {
  // Scored once per reading in every pipeline: reuse one buffer per thread rather than
  // allocate for each window.
  thread_local std::vector<double> v;
  v.clear();
  for (const double* p = first; p != last; ++p)
    if (!std::isnan(*p)) v.push_back(*p);
  RobustBaseline b;
  b.count = static_cast<int>(v.size());
  if (v.empty()) return b;
  b.median = median_of(v);
  for (double& x : v) x = std::abs(x - b.median);
  b.mad = median_of(v);
  return b;
}

double robust_z(double x, const RobustBaseline& b, int min_count) {
  if (std::isnan(x) || b.count < min_count || b.mad == 0) return std::numeric_limits<double>::quiet_NaN();
  return (x - b.median) / (kMadToSd * b.mad);
}

}  // namespace preseason
