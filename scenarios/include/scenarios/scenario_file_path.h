// Where a file a scenario names is (its vendor mapping, its predictor model): an
// absolute path as given; a relative one next to the scenario file if it exists there,
// else in the shipped scenarios/ data.
#pragma once

#include <string>

#include "scenarios/scenario.h"

namespace preseason {

std::string scenario_file_path(const Scenario& scenario, const std::string& file);

}  // namespace preseason
