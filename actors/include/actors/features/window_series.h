// One daily series (NaN = not reported) with double-double prefix sums of its values and
// squares, so the count, sum, mean and sample SD of any window cost O(1). Changing day i
// only requires rebuild(from = i); results depend on the values alone, never on the order of updates.
#pragma once

#include <cmath>
#include <cstdint>
#include <limits>
#include <vector>

#include "actors/features/double_double.h"

namespace preseason {

struct WindowStats {
  int count = 0;
  double sum = 0;
  double mean = std::numeric_limits<double>::quiet_NaN();
  double sd = std::numeric_limits<double>::quiet_NaN();
};

class WindowSeries {
 public:
  // Recomputes days [from, n) from value(j), which returns the day's value or NaN.
  template <class F> void rebuild(std::size_t n, std::size_t from, F value) {
    value_.resize(n);
    run_.resize(n);
    sum_.resize(n + 1);
    sq_.resize(n + 1);
    count_.resize(n + 1);
    for (std::size_t j = from; j < n; ++j) {
      const double v = value(j);
      value_[j] = v;
      const std::int32_t before = j > 0 ? run_[j - 1] : -1;
      if (std::isnan(v)) {
        sum_[j + 1] = sum_[j];
        sq_[j + 1] = sq_[j];
        count_[j + 1] = count_[j];
        run_[j] = before;
        continue;
      }
      sum_[j + 1] = dd::add(sum_[j], {v, 0.0});
      sq_[j + 1] = dd::add(sq_[j], dd::square(v));
      count_[j + 1] = count_[j] + 1;
      run_[j] = before >= 0 && value_[static_cast<std::size_t>(before)] == v ? before : static_cast<std::int32_t>(j);
    }
  }
  void reserve(std::size_t n);

  // Days [a, b) with a < b. When every reported value is equal the SD is exactly 0 and
  // the mean is that value, so a flat window reads "no variation" rather than rounding noise.
  WindowStats stats(std::size_t a, std::size_t b) const;
  double sum(std::size_t a, std::size_t b) const { return dd::value(dd::sub(sum_[b], sum_[a])); }
  int count(std::size_t a, std::size_t b) const { return count_[b] - count_[a]; }

 private:
  std::vector<double> value_;
  // run_[j]: first day of the run of equal reported values that ends at the last report <= j; -1 before any.
  std::vector<std::int32_t> run_;
  std::vector<DoubleDouble> sum_, sq_;  // prefix sums: index j covers days [0, j)
  std::vector<std::int32_t> count_;
};

}  // namespace preseason
