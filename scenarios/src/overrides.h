// Applies KEY=VALUE overrides to a parsed scenario tree before it is validated,
// so an overridden value passes the same checks as one written in the file.
#pragma once

#include <string>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "origin.h"

namespace preseason {

// Dotted keys name map keys and list indices ("devices.mixes.0.share"); missing
// maps on the way are created. Records each override in `origin` for messages.
void apply_overrides(YAML::Node& root, const std::vector<std::string>& overrides, Origin& origin);

}  // namespace preseason
