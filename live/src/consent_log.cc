#include "live/consent_log.h"

#include <filesystem>

#include <nlohmann/json.hpp>

namespace preseason::live {

using nlohmann::json;

ConsentLog::ConsentLog(const std::string& store_dir, AccessControl& access)
    : access_(access),
      log_((std::filesystem::path(store_dir) / "consent.wal").string(),
           [this](const std::string& record) { apply(record); }) {}

void ConsentLog::apply(const std::string& record) {
  const json j = json::parse(record);
  std::map<Role, std::set<std::string>> consent;
  for (const auto& [role, streams] : j.at("consent").items()) {
    const auto r = role_from_name(role);
    if (!r || !reads_by_consent(*r)) throw std::runtime_error("consent for role '" + role + "'");
    consent[*r] = streams.get<std::set<std::string>>();
  }
  access_.set_consent(j.at("athlete").get<std::string>(), std::move(consent));
}

void ConsentLog::change(const std::string& athlete, const std::map<Role, std::set<std::string>>& consent,
                        const std::string& by, Time at) {
  json roles = json::object();
  for (const auto& [role, streams] : consent) roles[role_name(role)] = streams;
  std::lock_guard lock(mutex_);
  log_.append(json{{"athlete", athlete}, {"by", by}, {"at", at}, {"consent", roles}}.dump());
}

}  // namespace preseason::live
