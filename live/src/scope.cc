#include "live/scope.h"

namespace preseason::live {

const char* scope_name(Scope scope) {
  switch (scope) {
    case Scope::kIngestReadings: return "ingest:readings";
    case Scope::kIngestSubmissions: return "ingest:submissions";
    case Scope::kReadAthletes: return "read:athletes";
    case Scope::kMetrics: return "metrics";
    case Scope::kDecideDays: return "decide:days";
    case Scope::kReadRecommendations: return "read:recommendations";
    case Scope::kGiveVerdicts: return "decide:verdicts";
    case Scope::kReadAudit: return "read:audit";
    case Scope::kManageConsent: return "manage:consent";
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
    // The coach owns the training decision; the physio sees it to plan treatment.
    case Scope::kDecideDays: return role == Role::kCoach;
    case Scope::kReadRecommendations: return role == Role::kCoach || role == Role::kPhysio;
    case Scope::kGiveVerdicts: return role == Role::kCoach;
    case Scope::kReadAudit: return role == Role::kCoach || role == Role::kAdmin;
    // Consent is the athlete's to give: not even an admin changes it.
    case Scope::kManageConsent: return role == Role::kAthlete;
  }
  return false;
}

}  // namespace preseason::live
