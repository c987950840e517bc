// Where a scenario's vendor mapping file is: an absolute `mapping` as given; a relative
// one next to the scenario file if it exists there, else in the shipped scenarios/ data.
#pragma once

#include <string>

#include "scenarios/scenario.h"

namespace preseason {

std::string vendor_mapping_path(const Scenario& scenario);

}  // namespace preseason
