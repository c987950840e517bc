// Parses `--tolerance METRIC=VALUE` options: METRIC one of season_metrics(), VALUE a
// finite absolute difference >= 0 in the metric's unit, each metric at most once.
// Any problem is a CheckInputError naming the option and the known metrics.
#pragma once

#include <string>
#include <vector>

#include "scenarios/regression_check.h"

namespace preseason {

Tolerances parse_tolerances(const std::vector<std::string>& options);

}  // namespace preseason
