// A scenario's canonical text and its digest. The canonical form writes every
// field, defaults included, in schema order, so two files that mean the same
// season have the same text and hash; loading the text gives the scenario back.
#pragma once

#include <string>

#include "scenarios/scenario.h"

namespace preseason {

std::string to_yaml(const Scenario& s);

// SHA-256 of to_yaml(s), 64 lowercase hex digits: provenance for recordings and checkpoints.
std::string scenario_hash(const Scenario& s);

}  // namespace preseason
