#include "live/live_scenario.h"

#include <filesystem>

#include <yaml-cpp/yaml.h>

#include "scenarios/scenario_file_path.h"
#include "scenarios/scenario_loader.h"
#include "scenarios/scenario_yaml.h"
#include "scenarios/team_calendar.h"

namespace preseason::live {

std::optional<Scenario> load_live_scenario(const std::string& path) {
  YAML::Node root;
  try {
    root = YAML::LoadFile(path);
  } catch (const YAML::Exception&) {
    return std::nullopt;  // load_live_config reports an unreadable file
  }
  if (!root.IsMap() || !root["season"]) return std::nullopt;
  Scenario s = load_scenario(path);
  s.mapping = std::filesystem::absolute(scenario_file_path(s, s.mapping)).string();
  if (!s.predictor.empty()) s.predictor = std::filesystem::absolute(scenario_file_path(s, s.predictor)).string();
  return s;
}

ExportOptions export_options(const Scenario& scenario) {
  ExportOptions options;
  options.scenario_yaml = to_yaml(scenario);
  options.plan = team_calendar(scenario);
  return options;
}

}  // namespace preseason::live
