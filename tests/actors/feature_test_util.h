// Helpers for the feature tests: building athlete-days tersely.
#pragma once

#include "actors/features/daily_input.h"

namespace preseason::test {

inline DailyInput day(Day d, double load) {
  DailyInput in("a", d);
  in[Input::kLoad] = load;
  return in;
}

inline DailyInput with(Day d, Input k, double v) {
  DailyInput in("a", d);
  in[k] = v;
  return in;
}

}  // namespace preseason::test
