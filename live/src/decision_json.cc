#include "live/decision_json.h"

#include <cmath>
#include <limits>

#include "live/rfc3339.h"

namespace preseason::live {

using nlohmann::json;

namespace {

// JSON has no NaN: a missing number is null.
json number(double x) { return std::isnan(x) ? json(nullptr) : json(x); }

double number_of(const json& j) {
  return j.is_null() ? std::numeric_limits<double>::quiet_NaN() : j.get<double>();
}

}  // namespace

json to_json(const Recommendation& r) {
  json features = json::object();
  for (const auto& [name, value] : r.features) features[name] = number(value);
  return {{"athlete", r.athlete},
          {"date", format_date(r.day)},
          {"policy", r.policy},
          {"action", r.action},
          {"reason", r.reason},
          {"planned_minutes", number(r.planned_minutes)},
          {"minutes", number(r.minutes)},
          {"planned_rpe", number(r.planned_rpe)},
          {"risk", number(r.risk)},
          {"features", features}};
}

Recommendation recommendation_from_json(const json& j) {
  Recommendation r;
  r.athlete = j.at("athlete").get<std::string>();
  r.day = parse_date(j.at("date").get<std::string>());
  r.policy = j.at("policy").get<std::string>();
  r.action = j.at("action").get<std::string>();
  r.reason = j.at("reason").get<std::string>();
  r.planned_minutes = number_of(j.at("planned_minutes"));
  r.minutes = number_of(j.at("minutes"));
  r.planned_rpe = number_of(j.at("planned_rpe"));
  r.risk = number_of(j.at("risk"));
  for (const auto& [name, value] : j.at("features").items()) r.features[name] = number_of(value);
  return r;
}

json to_json(const Verdict& v) {
  json j{{"id", v.id},
         {"by", v.by},
         {"role", role_name(v.role)},
         {"at", format_rfc3339_utc(v.at)},
         {"verdict", v.approved ? "approve" : "override"},
         {"reason", v.reason}};
  if (v.minutes) j["minutes"] = *v.minutes;
  if (v.rpe) j["rpe"] = *v.rpe;
  return j;
}

Verdict verdict_from_json(const json& j) {
  Verdict v;
  v.id = j.at("id").get<std::string>();
  v.by = j.at("by").get<std::string>();
  v.role = role_from_name(j.at("role").get<std::string>()).value_or(Role::kCoach);
  v.at = parse_rfc3339_utc(j.at("at").get<std::string>()).value();
  v.approved = j.at("verdict").get<std::string>() == "approve";
  v.reason = j.at("reason").get<std::string>();
  if (j.contains("minutes")) v.minutes = j.at("minutes").get<double>();
  if (j.contains("rpe")) v.rpe = j.at("rpe").get<double>();
  return v;
}

json to_json(const BookEntry& e) {
  json j{{"id", e.id},
         {"status", !e.verdict ? "pending" : e.verdict->approved ? "approved" : "overridden"},
         {"recommendation", to_json(e.recommendation)},
         {"through_sequence", e.through_sequence},
         {"decided_by", e.decided_by},
         {"decided_at", format_rfc3339_utc(e.decided_at)}};
  j["verdict"] = e.verdict ? to_json(*e.verdict) : json(nullptr);
  return j;
}

}  // namespace preseason::live
