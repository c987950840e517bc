// Who is calling and what they may touch: a principal from a bearer token, its
// scopes, whose data it may send and which of an athlete's streams it may read.
// Refusals come back as messages meant for the HTTP response (401 or 403).
#pragma once

#include <map>
#include <optional>
#include <set>
#include <shared_mutex>
#include <string>

#include "live/ingest_batch.h"
#include "live/live_config.h"
#include "live/scope.h"

namespace preseason::live {

class AccessControl {
 public:
  // Consent starts as the config's; set_consent changes it while requests are served.
  explicit AccessControl(const LiveConfig& config) : config_(config), consent_(config.consent) {}

  // From an Authorization header value ("Bearer <token>"); null when absent or unknown.
  // Every principal's hash is compared, so the time taken does not depend on which matched.
  const Principal* authenticate(const std::string& authorization) const;

  static bool has_scope(const Principal& who, Scope scope) { return role_has_scope(who.role, scope); }

  // Empty when `who` may send every item of `batch`; else why not, naming the field.
  std::optional<std::string> check_ingest(const Principal& who, const IngestBatch& batch) const;

  // Whether `who` may read anything of `athlete` (own data, or a consent role).
  bool may_read_athlete(const Principal& who, const std::string& athlete) const;
  // One stream (a metric name, `wellness` or `session_rpe`) of an athlete `who` may read.
  bool may_read_stream(const Principal& who, const std::string& athlete, const std::string& stream) const;

  // An athlete's consent as it stands, and its replacement (takes effect for the next check).
  std::map<Role, std::set<std::string>> consent_of(const std::string& athlete) const;
  void set_consent(const std::string& athlete, std::map<Role, std::set<std::string>> consent);

 private:
  const LiveConfig& config_;
  mutable std::shared_mutex consent_mutex_;
  Consent consent_;
};

}  // namespace preseason::live
