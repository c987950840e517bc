// The scenario half of a live config: a file with a `season` section is also a scenario
// (calendar, policy, predictor, rules, coach) and live mode then decides days; without
// one it only ingests. Files it names are made absolute, so a live store's export
// carries a scenario that resolves from anywhere.
#pragma once

#include <optional>
#include <string>

#include "live/recording_export.h"
#include "scenarios/scenario.h"

namespace preseason::live {

// Throws ScenarioError for a bad scenario, naming file and line.
std::optional<Scenario> load_live_scenario(const std::string& path);

// What an export of a store run under `scenario` carries: its canonical text and its
// calendar as every athlete's plan.
ExportOptions export_options(const Scenario& scenario);

}  // namespace preseason::live
