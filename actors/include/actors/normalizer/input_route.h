// Where one vendor's canonical metric goes among an athlete-day's feature inputs:
// the input, its rank among the vendors feeding it, and whether readings add up.
#pragma once

#include "actors/features/daily_input.h"

namespace preseason {

struct InputRoute {
  Input input = Input::kLoad;
  int priority = 0;     // lower wins when two vendors report the input on a day
  bool summed = false;  // several readings a day add up (session loads)
};

}  // namespace preseason
