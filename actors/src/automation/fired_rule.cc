#include "actors/automation/fired_rule.h"

#include <cmath>

#include <nlohmann/json.hpp>

namespace preseason {

std::string FiredRule::reason() const {
  std::string values;
  for (const auto& [name, value] : evidence)
    values += (values.empty() ? "" : ", ") + name + " = " + (std::isnan(value) ? "missing" : nlohmann::json(value).dump());
  return when + " held for " + std::to_string(held_days) + " day" + (held_days == 1 ? "" : "s") +
         (values.empty() ? "" : " (" + values + ")");
}

}  // namespace preseason
