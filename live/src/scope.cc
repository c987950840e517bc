#include "live/scope.h"

namespace preseason::live {

const char* scope_name(Scope scope) {
  switch (scope) {
    case Scope::kIngestReadings: return "ingest:readings";
    case Scope::kIngestSubmissions: return "ingest:submissions";
    case Scope::kReadAthletes: return "read:athletes";
    case Scope::kMetrics: return "metrics";
  }
  return "?";
}

bool role_has_scope(Role role, Scope scope) {
  switch (scope) {
    case Scope::kIngestReadings: return role == Role::kDevice || role == Role::kAthlete || role == Role::kAdmin;
    case Scope::kIngestSubmissions: return role == Role::kAthlete || role == Role::kAdmin;
    // Admins run the service; reading health data is not part of that.
    case Scope::kReadAthletes: return role == Role::kAthlete || reads_by_consent(role);
    case Scope::kMetrics: return role == Role::kAdmin;
  }
  return false;
}

}  // namespace preseason::live
