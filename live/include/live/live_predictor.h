// Live mode ingests device readings and calendars, never injury reports, so a predictor
// that reads injury history would always see none: it is refused rather than misfed.
#pragma once

#include "scenarios/scenario.h"

namespace preseason::live {

// Throws std::invalid_argument naming the model file; ModelFileError when it cannot be read.
void check_live_predictor(const Scenario& scenario);

}  // namespace preseason::live
