#include "live/access_control.h"

#include <algorithm>
#include <mutex>

#include "live/token_hash.h"

namespace preseason::live {

const Principal* AccessControl::authenticate(const std::string& authorization) const {
  static const std::string kBearer = "Bearer ";
  if (authorization.size() <= kBearer.size() || authorization.compare(0, kBearer.size(), kBearer) != 0) return nullptr;
  const std::string hash = sha256_hex(authorization.substr(kBearer.size()));
  const Principal* found = nullptr;
  for (const Principal& p : config_.principals)
    if (constant_time_equal(hash, p.token_sha256)) found = &p;
  return found;
}

std::optional<std::string> AccessControl::check_ingest(const Principal& who, const IngestBatch& batch) const {
  if (!batch.readings.empty() && !has_scope(who, Scope::kIngestReadings))
    return "readings: a " + std::string(role_name(who.role)) + " principal may not send readings";
  if (!batch.submissions.empty() && !has_scope(who, Scope::kIngestSubmissions))
    return "submissions: a " + std::string(role_name(who.role)) + " principal may not send submissions";
  if (who.role == Role::kAdmin) return std::nullopt;
  for (std::size_t i = 0; i < batch.readings.size(); ++i) {
    const Reading& r = batch.readings[i];
    const std::string at = "readings[" + std::to_string(i) + "]";
    if (r.athlete != who.athlete)
      return at + ".athlete: principal '" + who.name + "' may not send data of athlete '" + r.athlete + "'";
    if (!who.device.empty() && r.device != who.device)
      return at + ".device: principal '" + who.name + "' may not send data of device '" + r.device + "'";
  }
  for (std::size_t i = 0; i < batch.submissions.size(); ++i)
    if (batch.submissions[i].athlete != who.athlete)
      return "submissions[" + std::to_string(i) + "].athlete: principal '" + who.name +
             "' may not send data of athlete '" + batch.submissions[i].athlete + "'";
  return std::nullopt;
}

bool AccessControl::may_read_athlete(const Principal& who, const std::string& athlete) const {
  if (!has_scope(who, Scope::kReadAthletes)) return false;
  return who.role == Role::kAthlete ? who.athlete == athlete : reads_by_consent(who.role);
}

bool AccessControl::may_read_stream(const Principal& who, const std::string& athlete, const std::string& stream) const {
  if (!may_read_athlete(who, athlete)) return false;
  if (who.role == Role::kAthlete) return true;
  std::shared_lock lock(consent_mutex_);
  const auto a = consent_.find(athlete);
  if (a == consent_.end()) return false;
  const auto r = a->second.find(who.role);
  return r != a->second.end() && r->second.count(stream) > 0;
}

std::map<Role, std::set<std::string>> AccessControl::consent_of(const std::string& athlete) const {
  std::shared_lock lock(consent_mutex_);
  const auto a = consent_.find(athlete);
  return a == consent_.end() ? std::map<Role, std::set<std::string>>{} : a->second;
}

void AccessControl::set_consent(const std::string& athlete, std::map<Role, std::set<std::string>> consent) {
  std::unique_lock lock(consent_mutex_);
  consent_[athlete] = std::move(consent);
}

}  // namespace preseason::live
