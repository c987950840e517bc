#include "scenarios/device_kind_names.h"

namespace preseason {

namespace {

constexpr DeviceKind kKinds[] = {DeviceKind::kRing,  DeviceKind::kStrap,       DeviceKind::kWatch,
                                 DeviceKind::kGps,   DeviceKind::kWellnessApp, DeviceKind::kEnvironment};

}  // namespace

const char* device_kind_name(DeviceKind kind) {
  switch (kind) {
    case DeviceKind::kRing: return "ring";
    case DeviceKind::kStrap: return "strap";
    case DeviceKind::kWatch: return "watch";
    case DeviceKind::kGps: return "gps";
    case DeviceKind::kWellnessApp: return "wellness_app";
    case DeviceKind::kEnvironment: return "environment";
  }
  return "?";
}

std::optional<DeviceKind> device_kind_from_name(const std::string& name) {
  for (DeviceKind k : kKinds) {
    if (name == device_kind_name(k)) return k;
  }
  return std::nullopt;
}

const std::vector<std::string>& device_kind_names() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> v;
    for (DeviceKind k : kKinds) v.push_back(device_kind_name(k));
    return v;
  }();
  return names;
}

}  // namespace preseason
