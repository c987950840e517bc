#include "scenarios/policy_yaml.h"

#include <yaml-cpp/yaml.h>

#include "fields_policy.h"
#include "origin.h"
#include "scenarios/scenario_error.h"
#include "yaml_reader.h"

namespace preseason {

PolicySpec parse_policy(const std::string& yaml_text, const std::string& origin_name) {
  const Origin origin{origin_name, {}};
  YAML::Node node;
  try {
    node = YAML::Load(yaml_text);
  } catch (const YAML::ParserException& e) {
    throw ScenarioError(file_line_column(origin_name, e.mark) + ": YAML syntax error: " + e.msg);
  }
  if (node.IsScalar()) {
    YAML::Node named(YAML::NodeType::Map);
    named["name"] = node;
    node = named;
  }
  PolicySpec spec;
  try {
    Reader reader(origin, node, "policy", YAML::Mark::null_mark());
    fields(reader, spec);
    reader.finish();
  } catch (const YAML::Exception& e) {
    throw ScenarioError(file_line_column(origin_name, e.mark) + ": " + e.msg);
  }
  return spec;
}

}  // namespace preseason
