// Daily series (NaN = not reported) with double-double prefix sums of their values and
// squares, so the count, sum, mean and sample SD of any window cost O(1). The series are
// stored day by day, so one day's entries of every series share cache lines: a squad's
// athletes take turns, and each athlete-day otherwise brought one line in per series.
// Changing day i of a series only requires rebuild(k, i); results depend on the values
// alone, never on the order of updates.
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

class WindowTable {
 public:
  explicit WindowTable(std::size_t series) : series_(series), entries_(series) {}

  // Holds days [0, n) of every series; days added are unreported until rebuilt.
  void resize(std::size_t n) {
    // Growing by a day at a time, as a season does, stays inline.
    if (entries_.size() > (n + 1) * series_) entries_.resize((n + 1) * series_);
    while (entries_.size() < (n + 1) * series_) entries_.emplace_back();
  }
  void reserve(std::size_t n) { entries_.reserve((n + 1) * series_); }
  std::size_t days() const { return entries_.size() / series_ - 1; }

  // Recomputes days [from, days()) of series k from value(j), the day's value or NaN.
  template <class F> void rebuild(std::size_t k, std::size_t from, F value) {
    const std::size_t n = days();
    for (std::size_t j = from; j < n; ++j) {
      const Entry& p = at(k, j);
      Entry& e = at(k, j + 1);
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
      e.run = p.run >= 0 && value_of(k, static_cast<std::size_t>(p.run)) == v ? p.run : static_cast<std::int32_t>(j);
    }
  }

  // Days [a, b) of series k, a < b. When every reported value is equal the SD is exactly 0
  // and the mean is that value, so a flat window reads "no variation" rather than rounding noise.
  WindowStats stats(std::size_t k, std::size_t a, std::size_t b) const;
  double sum(std::size_t k, std::size_t a, std::size_t b) const {
    return dd::value(dd::sub(at(k, b).sum, at(k, a).sum));
  }
  int count(std::size_t k, std::size_t a, std::size_t b) const { return at(k, b).count - at(k, a).count; }

 private:
  // Entry j of a series holds the prefix sums and count over days [0, j) and the value and
  // run of day j − 1, so that one day's update writes one entry (entry 0 is the empty prefix).
  struct Entry {
    DoubleDouble sum, sq;
    double value = std::numeric_limits<double>::quiet_NaN();
    // First day of the run of equal reported values that ends at the last report <= day j − 1; -1 before any.
    std::int32_t run = -1;
    std::int32_t count = 0;
  };
  const Entry& at(std::size_t k, std::size_t j) const { return entries_[j * series_ + k]; }
  Entry& at(std::size_t k, std::size_t j) { return entries_[j * series_ + k]; }
  double value_of(std::size_t k, std::size_t day) const { return at(k, day + 1).value; }

  std::size_t series_;
  std::vector<Entry> entries_;  // entry j of series k at j * series_ + k
};

}  // namespace preseason
