// The names device kinds have in scenario files and messages: ring, strap, watch,
// gps, wellness_app, environment.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "scenarios/scenario.h"

namespace preseason {

const char* device_kind_name(DeviceKind kind);
std::optional<DeviceKind> device_kind_from_name(const std::string& name);
// All names, in DeviceKind order.
const std::vector<std::string>& device_kind_names();

}  // namespace preseason
