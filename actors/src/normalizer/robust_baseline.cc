#include "actors/normalizer/robust_baseline.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>
#include <vector>

namespace preseason {

namespace {

// The k-th and (k−1)-th smallest of |x − median| over sorted x (0 for a rank below 0). The
// deviations grow outwards from the split at `mid` on both sides, two sorted runs: the k + 1
// smallest are the first i of the left run and the first k + 1 − i of the right one, for
// the least i after which the right run's last taken is no larger than the left's next, so
// a binary search on i finds them without a sort or a merge.
std::pair<double, double> deviations_at(const std::vector<double>& x, double median, std::size_t mid, std::size_t k) {
  const std::size_t lefts = mid, rights = x.size() - mid, taken = k + 1;
  const auto left = [&](std::size_t i) { return std::abs(x[mid - 1 - i] - median); };
  const auto right = [&](std::size_t j) { return std::abs(x[mid + j] - median); };
  std::size_t lo = taken > rights ? taken - rights : 0, hi = std::min(taken, lefts);
  while (lo < hi) {
    const std::size_t i = lo + (hi - lo) / 2, j = taken - i;
    if (j > 0 && right(j - 1) > left(i))
      lo = i + 1;
    else
      hi = i;
  }
  const std::size_t i = lo, j = taken - lo;
  constexpr double kNone = -std::numeric_limits<double>::infinity();
  const double l1 = i >= 1 ? left(i - 1) : kNone, l2 = i >= 2 ? left(i - 2) : kNone;
  const double r1 = j >= 1 ? right(j - 1) : kNone, r2 = j >= 2 ? right(j - 2) : kNone;
  const double current = std::max(l1, r1);
  const double previous = l1 >= r1 ? std::max(l2, r1) : std::max(l1, r2);
  return {previous == kNone ? 0.0 : previous, current};
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
