// std::round (halves away from zero, sign of zero kept) without the libm call,
// which x86-64 cannot inline without SSE4.1; devices round almost every value
// they report.
#pragma once

#include <cmath>
#include <cstdint>

namespace preseason {

inline double round_half_away(double x) {
  // From 2^52 on every double is a whole number; NaN fails the test and passes through.
  if (!(std::abs(x) < 0x1p52)) return x;
  // Adding just under a half and truncating rounds halves outwards with no
  // data-dependent branch: fractions are random, so a branch would mispredict.
  const double shifted = x + std::copysign(0.49999999999999994, x);
  return std::copysign(static_cast<double>(static_cast<std::int64_t>(shifted)), x);
}

}  // namespace preseason
