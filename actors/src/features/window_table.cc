#include "actors/features/window_table.h"

#include <algorithm>

namespace preseason {

WindowStats WindowTable::stats(std::size_t k, std::size_t a, std::size_t b) const {
  WindowStats s;
  s.count = count(k, a, b);
  if (s.count == 0) return s;
  const std::int32_t run = at(k, b).run;
  const std::size_t run_start = std::max(a, static_cast<std::size_t>(run));
  if (count(k, a, run_start) == 0) {
    s.mean = at(k, b).last;
    s.sum = s.mean * s.count;
    s.sd = s.count > 1 ? 0.0 : std::numeric_limits<double>::quiet_NaN();
    return s;
  }
  const DoubleDouble sum = dd::sub(at(k, b).sum, at(k, a).sum);
  const DoubleDouble sq = dd::sub(at(k, b).sq, at(k, a).sq);
  const double n = s.count;
  s.sum = dd::value(sum);
  s.mean = dd::value(dd::div(sum, n));
  // Σx² − (Σx)²/n in double-double: the cancellation costs digits of the 106, not of the 53 kept.
  const DoubleDouble ss = dd::sub(sq, dd::div(dd::mul(sum, sum), n));
  s.sd = std::sqrt(std::max(0.0, dd::value(ss)) / (n - 1));
  return s;
}

}  // namespace preseason
