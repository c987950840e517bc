#include "live/live_config.h"

namespace preseason::live {

namespace {
constexpr struct {
  Role role;
  const char* name;
} kRoles[] = {{Role::kDevice, "device"}, {Role::kAthlete, "athlete"},       {Role::kCoach, "coach"},
              {Role::kPhysio, "physio"}, {Role::kManagement, "management"}, {Role::kAdmin, "admin"}};
}  // namespace

const char* role_name(Role role) {
  for (const auto& r : kRoles)
    if (r.role == role) return r.name;
  return "?";
}

std::optional<Role> role_from_name(const std::string& name) {
  for (const auto& r : kRoles)
    if (name == r.name) return r.role;
  return std::nullopt;
}

bool reads_by_consent(Role role) { return role == Role::kCoach || role == Role::kPhysio || role == Role::kManagement; }

const Athlete* LiveConfig::athlete(const std::string& id) const {
  for (const Athlete& a : squad)
    if (a.id == id) return &a;
  return nullptr;
}

}  // namespace preseason::live
