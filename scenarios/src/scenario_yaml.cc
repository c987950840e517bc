#include "scenarios/scenario_yaml.h"

#include <yaml-cpp/yaml.h>

#include "fields_scenario.h"
#include "data/sha256.h"
#include "yaml_writer.h"

namespace preseason {

std::string to_yaml(const Scenario& s) {
  Scenario copy = s;
  YAML::Emitter out;
  out << YAML::BeginMap;
  Writer writer(out);
  fields(writer, copy);
  out << YAML::EndMap;
  return std::string(out.c_str()) + "\n";
}

std::string scenario_hash(const Scenario& s) { return sha256_hex(to_yaml(s)); }

}  // namespace preseason
