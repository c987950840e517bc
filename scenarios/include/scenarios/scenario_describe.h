// A few human-readable lines about a scenario (name, dates, squad, device mixes,
// policy) for the header of a command-line run.
#pragma once

#include <string>

#include "scenarios/scenario.h"

namespace preseason {

std::string describe(const Scenario& s);

}  // namespace preseason
