#include "scenarios/scenario_loader.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include <yaml-cpp/yaml.h>

#include "fields_scenario.h"
#include "origin.h"
#include "overrides.h"
#include "yaml_reader.h"

namespace preseason {

Scenario parse_scenario(const std::string& yaml_text, const std::string& origin_name,
                        const std::vector<std::string>& overrides) {
  Origin origin{origin_name, {}};
  YAML::Node root;
  try {
    root = YAML::Load(yaml_text);
  } catch (const YAML::ParserException& e) {
    throw ScenarioError(file_line_column(origin_name, e.mark) + ": YAML syntax error: " + e.msg);
  }
  apply_overrides(root, overrides, origin);

  Scenario s;
  s.path = origin_name;
  s.name = std::filesystem::path(origin_name).stem().string();
  try {
    Reader reader(origin, root, "", YAML::Mark::null_mark());
    fields(reader, s);
    reader.finish();
  } catch (const YAML::Exception& e) {
    throw ScenarioError(file_line_column(origin_name, e.mark) + ": " + e.msg);
  }
  s.effective_yaml = to_yaml(s);
  return s;
}

Scenario load_scenario(const std::string& path, const std::vector<std::string>& overrides) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) {
    const bool exists = std::filesystem::exists(path, ec);
    throw ScenarioError(path + ": cannot read scenario file: " + (exists ? "not a regular file" : "no such file"));
  }
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  if (!in) throw ScenarioError(path + ": cannot read scenario file");
  return parse_scenario(text.str(), path, overrides);
}

}  // namespace preseason
