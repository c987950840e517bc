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
    // Growing by a day at a time, as a season does, stays inline.
    if (entries_.size() > n + 1) entries_.resize(n + 1);
    while (entries_.size() < n + 1) entries_.emplace_back();
    for (std::size_t j = from; j < n; ++j) {
      const Entry& p = entries_[j];
      Entry& e = entries_[j + 1];
      const double v = value(j);
      e.value = v;
      if (std::isnan(v)) {
        e.sum = p.sum;
        e.sq = p.sq;
        e.count = p.count;
        e.run = p.run;
        continue;
      }
      e.sum = dd::add(p.sum, {v, 0.0});
      e.sq = dd::add(p.sq, dd::square(v));
      e.count = p.count + 1;
      e.run = p.run >= 0 && value_of(static_cast<std::size_t>(p.run)) == v ? p.run : static_cast<std::int32_t>(j);
    }
  }
  void reserve(std::size_t n) { entries_.reserve(n + 1); }

  // Days [a, b) with a < b. When every reported value is equal the SD is exactly 0 and
  // the mean is that value, so a flat window reads "no variation" rather than rounding noise.
  WindowStats stats(std::size_t a, std::size_t b) const;
  double sum(std::size_t a, std::size_t b) const { return dd::value(dd::sub(entries_[b].sum, entries_[a].sum)); }
  int count(std::size_t a, std::size_t b) const { return entries_[b].count - entries_[a].count; }

 private:
  // Entry j holds the prefix sums and count over days [0, j) and the value and run of
  // day j − 1, so that one day's update writes one entry (entry 0 is the empty prefix).
  struct Entry {
    DoubleDouble sum, sq;
    double value = std::numeric_limits<double>::quiet_NaN();
    // First day of the run of equal reported values that ends at the last report <= day j − 1; -1 before any.
    std::int32_t run = -1;
    std::int32_t count = 0;
  };
  double value_of(std::size_t day) const { return entries_[day + 1].value; }

  std::vector<Entry> entries_ = std::vector<Entry>(1);
};

}  // namespace preseason
