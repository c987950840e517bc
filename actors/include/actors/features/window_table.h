// Daily series (NaN = not reported) with double-double prefix sums of their values and
// squares, so the count, sum, mean and sample SD of any window cost O(1). The series are
// stored day by day, so one day's entries of every series share cache lines: a squad's
// athletes take turns, and each athlete-day otherwise brought one line in per series.
// Changing day i of a series only requires rebuild(k, i); results depend on the values
// alone, never on the order of updates. A bounded table keeps only the latest days' prefixes;
// they stay sums from day 0, so what it computes is bit for bit what an unbounded one does.
#pragma once

#include <cmath>
#include <cstdint>
#include <limits>
#include <vector>

#include "actors/features/day_ring.h"
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
  // Entry j of a series holds the prefix sums and count over days [0, j), so that one day's
  // update writes one entry (entry 0 is the empty prefix). Public for checkpoints.
  struct Prefix {
    DoubleDouble sum, sq;
    // The last reported value before day j, and the first day of the run of reports equal
    // to it; NaN and -1 before any.
    double last = std::numeric_limits<double>::quiet_NaN();
    std::int32_t run = -1;
    std::int32_t count = 0;

    template <class Ar> void serialize(Ar& ar, unsigned) { ar & sum & sq & last & run & count; }
  };

  // `keep_days` = DayRing<Prefix>::kEveryDay, or at least that many of the latest prefixes.
  explicit WindowTable(std::size_t series, std::size_t keep_days = DayRing<Prefix>::kEveryDay)
      : series_(series), entries_(series, keep_days) {
    entries_.grow(1, Prefix{});
  }

  // Holds days [0, n) of every series, n >= days(); days added are unreported until rebuilt.
  void resize(std::size_t n) { entries_.grow(n + 1, Prefix{}); }
  void reserve(std::size_t n) { entries_.reserve(n + 1); }
  std::size_t days() const { return entries_.size() - 1; }
  // The earliest entry still held; windows and rebuilds must start at or after it.
  std::size_t first_kept() const { return entries_.first_kept(); }

  // Recomputes days [from, days()) of series k from value(j), the day's value or NaN.
  template <class F> void rebuild(std::size_t k, std::size_t from, F value) {
    const std::size_t n = days();
    for (std::size_t j = from; j < n; ++j) {
      const Prefix& p = at(k, j);
      Prefix& e = at(k, j + 1);
      const double v = value(j);
      if (std::isnan(v)) {
        e = p;
        continue;
      }
      e.sum = dd::add(p.sum, {v, 0.0});
      e.sq = dd::add(p.sq, dd::square(v));
      e.count = p.count + 1;
      e.run = p.run >= 0 && p.last == v ? p.run : static_cast<std::int32_t>(j);
      e.last = v;
    }
  }

  // Days [a, b) of series k, a < b. When every reported value is equal the SD is exactly 0
  // and the mean is that value, so a flat window reads "no variation" rather than rounding noise.
  WindowStats stats(std::size_t k, std::size_t a, std::size_t b) const;
  double sum(std::size_t k, std::size_t a, std::size_t b) const {
    return dd::value(dd::sub(at(k, b).sum, at(k, a).sum));
  }
  int count(std::size_t k, std::size_t a, std::size_t b) const { return at(k, b).count - at(k, a).count; }
  // Asks the cache for entry j of series [k, k + count) ahead of reading them.
  void prefetch(std::size_t j, std::size_t k, std::size_t count = 1) const { entries_.prefetch(j, k, count); }

  // Every series' entry j, which rebuild(k, j) continues from; requires first_kept() <= j <= days().
  std::vector<Prefix> prefixes(std::size_t j) const { return {entries_.row(j), entries_.row(j) + series_}; }
  void set_prefixes(std::size_t j, const std::vector<Prefix>& p) { std::copy(p.begin(), p.end(), entries_.row(j)); }

 private:
  const Prefix& at(std::size_t k, std::size_t j) const { return entries_.row(j)[k]; }
  Prefix& at(std::size_t k, std::size_t j) { return entries_.row(j)[k]; }

  std::size_t series_;
  DayRing<Prefix> entries_;
};

}  // namespace preseason
