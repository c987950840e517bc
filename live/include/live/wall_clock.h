// The wall clock of live mode: microseconds since the Unix epoch, UTC, as data/time.h
// counts simulated time, so live and simulated times compare directly.
#pragma once

#include "data/time.h"

namespace preseason::live {

Time wall_clock_now();

}  // namespace preseason::live
