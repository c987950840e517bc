#include "actors/features/window_series.h"

#include <algorithm>

namespace preseason {

WindowStats WindowSeries::stats(std::size_t a, std::size_t b) const {
  WindowStats s;
  s.count = count(a, b);
  if (s.count == 0) return s;
  const std::int32_t run = entries_[b].run;
  const std::size_t run_start = std::max(a, static_cast<std::size_t>(run));
  if (count(a, run_start) == 0) {
    s.mean = value_of(static_cast<std::size_t>(run));
    s.sum = s.mean * s.count;
    s.sd = s.count > 1 ? 0.0 : std::numeric_limits<double>::quiet_NaN();
    return s;
  }
  const DoubleDouble sum = dd::sub(entries_[b].sum, entries_[a].sum);
  const DoubleDouble sq = dd::sub(entries_[b].sq, entries_[a].sq);
  const double n = s.count;
  s.sum = dd::value(sum);
  s.mean = dd::value(dd::div(sum, n));
  // Σx² − (Σx)²/n in double-double: the cancellation costs digits of the 106, not of the 53 kept.
  const DoubleDouble ss = dd::sub(sq, dd::div(dd::mul(sum, sum), n));
  s.sd = std::sqrt(std::max(0.0, dd::value(ss)) / (n - 1));
  return s;
}

}  // namespace preseason
