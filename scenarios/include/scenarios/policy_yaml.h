// A policy given on its own, as on a command line: a bare built-in name ("hrv_guided",
// with its defaults) or a YAML map with the schema of a scenario's `policy:` section.
// Throws ScenarioError naming `origin`, the key and the problem.
#pragma once

#include <string>

#include "actors/policy/policy_spec.h"

namespace preseason {

PolicySpec parse_policy(const std::string& yaml_text, const std::string& origin);

}  // namespace preseason
