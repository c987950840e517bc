// Reads a scenario file (YAML, schema in docs/scenarios.md) into a validated
// Scenario, after applying KEY=VALUE overrides with dotted keys. Throws
// ScenarioError for anything unknown, malformed or impossible; never guesses.
#pragma once

#include <string>
#include <vector>

#include "scenarios/scenario.h"
#include "scenarios/scenario_describe.h"
#include "scenarios/scenario_error.h"
#include "scenarios/scenario_yaml.h"

namespace preseason {

// Overrides look like "squad.size=40", "policy.name=acwr_band",
// "devices.mixes.0.share=0.5" or "season.tz_shift_h={uniform: [1, 2]}"; the value is
// YAML. "calendar." is accepted for "season.". Later overrides win.
Scenario load_scenario(const std::string& path, const std::vector<std::string>& overrides = {});

// The same from YAML text; `origin` names the text in messages and becomes Scenario::path.
Scenario parse_scenario(const std::string& yaml_text, const std::string& origin,
                        const std::vector<std::string>& overrides = {});

}  // namespace preseason
