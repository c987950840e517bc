#include "actors/features/window_series.h"

#include <algorithm>

namespace preseason {

void WindowSeries::reserve(std::size_t n) {
  value_.reserve(n);
  run_.reserve(n);
  sum_.reserve(n + 1);
  sq_.reserve(n + 1);
  count_.reserve(n + 1);
}

WindowStats WindowSeries::stats(std::size_t a, std::size_t b) const {
  WindowStats s;
  s.count = count(a, b);
  if (s.count == 0) return s;
  const std::int32_t run = run_[b - 1];
  const std::size_t run_start = std::max(a, static_cast<std::size_t>(run));
  if (count(a, run_start) == 0) {
    s.mean = value_[static_cast<std::size_t>(run)];
    s.sum = s.mean * s.count;
    s.sd = s.count > 1 ? 0.0 : std::numeric_limits<double>::quiet_NaN();
    return s;
  }
  const DoubleDouble sum = dd::sub(sum_[b], sum_[a]);
  const DoubleDouble sq = dd::sub(sq_[b], sq_[a]);
  const double n = s.count;
  s.sum = dd::value(sum);
  s.mean = dd::value(dd::div(sum, n));
  // Σx² − (Σx)²/n in double-double: the cancellation costs digits of the 106, not of the 53 kept.
  const DoubleDouble ss = dd::sub(sq, dd::div(dd::mul(sum, sum), n));
  s.sd = std::sqrt(std::max(0.0, dd::value(ss)) / (n - 1));
  return s;
}

}  // namespace preseason
