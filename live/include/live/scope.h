// What each role may do at all, before any per-athlete or per-stream check:
// one scope per kind of endpoint, granted by role only.
#pragma once

#include "live/live_config.h"

namespace preseason::live {

enum class Scope {
  kIngestReadings,     // POST /v1/readings with readings
  kIngestSubmissions,  // POST /v1/readings with wellness or session-RPE submissions
  kReadAthletes,       // GET /v1/athletes/{id}/...
  kMetrics,            // GET /v1/metrics
  kDecideDays,         // POST /v1/days/{date}/recommendations
  kReadRecommendations,  // GET /v1/recommendations
  kGiveVerdicts,       // POST /v1/recommendations/{id}/verdict
  kReadAudit,          // GET /v1/audit
  kManageConsent,      // GET and PUT /v1/athletes/{id}/consent
};

const char* scope_name(Scope scope);
bool role_has_scope(Role role, Scope scope);

}  // namespace preseason::live
