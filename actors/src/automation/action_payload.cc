#include "actors/automation/action_payload.h"

#include <cmath>
#include <cstdint>
#include <cstdio>

#include "engine/random.h"

namespace preseason {

namespace {

// FNV-1a from a given basis, finished with mix64 so that similar inputs spread.
std::uint64_t hash(const std::string& bytes, std::uint64_t basis) {
  std::uint64_t h = basis;
  for (unsigned char c : bytes) h = (h ^ c) * 0x100000001b3ULL;
  return mix64(h);
}

std::string hex(std::uint64_t x) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(x));
  return buf;
}

}  // namespace

std::string idempotency_key(const std::string& athlete, const std::string& rule, Day day, std::size_t action_index) {
  // NUL separators: no athlete or rule name can make two different tuples read alike.
  std::string canonical = athlete;
  canonical += '\0';
  canonical += rule;
  canonical += '\0';
  canonical += format_date(day);
  canonical += '\0';
  canonical += std::to_string(action_index);
  return hex(hash(canonical, 0xcbf29ce484222325ULL)) + hex(hash(canonical, 0x84222325cbf29ce4ULL));
}

std::vector<ActionPayload> action_payloads(const std::string& athlete, const FiredRule& fired) {
  std::vector<ActionPayload> payloads;
  for (std::size_t i = 0; i < fired.actions.size(); ++i) {
    payloads.push_back({athlete, fired.rule, fired.day, i, fired.actions[i], fired.approval, fired.reason(),
                        fired.evidence, idempotency_key(athlete, fired.rule, fired.day, i)});
  }
  return payloads;
}

nlohmann::json ActionPayload::to_json() const {
  nlohmann::json values = nlohmann::json::object();
  for (const auto& [name, value] : evidence) values[name] = std::isnan(value) ? nlohmann::json(nullptr) : nlohmann::json(value);
  return {{"athlete", athlete},
          {"rule", rule},
          {"day", format_date(day)},
          {"action_index", action_index},
          {"kind", action_kind_name(action.kind)},
          {"settings", action.settings()},
          {"approval", approval_name(approval)},
          {"reason", reason},
          {"evidence", values},
          {"idempotency_key", idempotency_key}};
}

}  // namespace preseason
