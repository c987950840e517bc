#include "decision_routes.h"

#include <algorithm>
#include <cmath>
#include <variant>

#include "decision_visibility.h"
#include "http_reply.h"
#include "json_depth.h"
#include "live/decision_json.h"
#include "live/wall_clock.h"

namespace preseason::live {

using nlohmann::json;

namespace {

constexpr std::size_t kMaxReason = 500;

// An entry as `who` may see it: features the athlete has not shared with that role
// are withheld (null, and named in `withheld`).
json visible(const BookEntry& e, const Principal& who, const AccessControl& access) {
  json j = to_json(e);
  json withheld = json::array();
  for (auto& [name, value] : j["recommendation"]["features"].items())
    if (!access.may_read_stream(who, e.recommendation.athlete, DayDecider::consent_stream(name))) {
      value = nullptr;
      withheld.push_back(name);
    }
  j["recommendation"]["withheld"] = withheld;
  return j;
}

json visible(const std::vector<BookEntry>& entries, const Principal& who, const AccessControl& access) {
  json out = json::array();
  for (const BookEntry& e : entries)
    if (sees_decisions(who, e.recommendation.athlete, access)) out.push_back(visible(e, who, access));
  return out;
}

json history_json(const std::vector<HistoryDay>& days, const std::string& athlete, const Principal& who,
                  const AccessControl& access) {
  std::vector<std::string> withheld;
  for (const std::string& name : DayDecider::feature_names())
    if (!access.may_read_stream(who, athlete, DayDecider::consent_stream(name))) withheld.push_back(name);
  const bool load_shared = access.may_read_stream(who, athlete, "session_rpe");
  if (!load_shared) withheld.push_back("load");
  json out = json::array();
  for (const HistoryDay& h : days) {
    json d{{"date", format_date(h.day)},
           {"load", load_shared ? json(h.load) : json(nullptr)},
           {"risk", std::isnan(h.risk) ? json(nullptr) : json(h.risk)}};
    for (const auto& [name, value] : h.features) {
      const bool hidden = std::find(withheld.begin(), withheld.end(), name) != withheld.end();
      d[name] = hidden || std::isnan(value) ? json(nullptr) : json(value);
    }
    out.push_back(d);
  }
  return {{"athlete", athlete}, {"days", out}, {"withheld", withheld}};
}

// The verdict a request body asks for, or the problem naming the field.
std::variant<Verdict, std::string> parse_verdict(const std::string& body) {
  if (json_depth(body) > 4) return std::string("body: nested too deeply");
  const json j = json::parse(body, nullptr, false);
  if (j.is_discarded() || !j.is_object()) return std::string("body: expected a JSON object");
  for (const auto& [key, value] : j.items())
    if (key != "verdict" && key != "reason" && key != "minutes" && key != "rpe")
      return key + ": unknown field; expected verdict, reason, minutes or rpe";
  Verdict v;
  if (!j.contains("verdict") || !j["verdict"].is_string() ||
      (j["verdict"] != "approve" && j["verdict"] != "override"))
    return std::string("verdict: expected \"approve\" or \"override\"");
  v.approved = j["verdict"] == "approve";
  if (j.contains("reason")) {
    if (!j["reason"].is_string()) return std::string("reason: expected a string");
    v.reason = j["reason"].get<std::string>();
    if (v.reason.size() > kMaxReason) return "reason: longer than " + std::to_string(kMaxReason) + " bytes";
  }
  if (!v.approved && v.reason.empty()) return std::string("reason: an override needs a reason");
  const auto bounded = [&](const char* key, double low, double high, std::optional<double>& out) -> std::string {
    if (!j.contains(key)) return "";
    if (v.approved) return std::string(key) + ": only an override names a session";
    if (!j[key].is_number() || !std::isfinite(j[key].get<double>()) || j[key].get<double>() < low ||
        j[key].get<double>() > high)
      return std::string(key) + ": expected a number in [" + std::to_string(static_cast<int>(low)) + ", " +
             std::to_string(static_cast<int>(high)) + "]";
    out = j[key].get<double>();
    return "";
  };
  if (std::string p = bounded("minutes", 0, 600, v.minutes); !p.empty()) return p;
  if (std::string p = bounded("rpe", 0, 10, v.rpe); !p.empty()) return p;
  return v;
}

}  // namespace

void add_decision_routes(httplib::Server& http, LiveDecisions& d, const AccessControl& access, Authorize authorize) {
  http.Post(R"(/v1/days/(\d{4}-\d{2}-\d{2})/recommendations)", [&d, &access, authorize](const httplib::Request& req,
                                                                                      httplib::Response& res) {
    const Principal* who = authorize(req, res, Scope::kDecideDays);
    if (!who) return;
    Day day = 0;
    try {
      day = parse_date(req.matches[1].str());
    } catch (const std::invalid_argument&) {
      return refuse(res, 400, "date: '" + std::string(req.matches[1]) + "' is not a calendar date");
    }
    bool created = false;
    try {
      created = d.decide(day, who->name, wall_clock_now());
    } catch (const std::invalid_argument& e) {
      return refuse(res, 409, "cannot decide " + format_date(day) + ": " + e.what());
    }
    reply(res, created ? 201 : 200,
          {{"date", format_date(day)}, {"recommendations", visible(d.book().entries(day), *who, access)}});
  });
  http.Get("/v1/recommendations", [&d, &access, authorize](const httplib::Request& req, httplib::Response& res) {
    const Principal* who = authorize(req, res, Scope::kReadRecommendations);
    if (!who) return;
    std::optional<Day> day;
    if (req.has_param("date")) {
      try {
        day = parse_date(req.get_param_value("date"));
      } catch (const std::invalid_argument&) {
        return refuse(res, 400, "date: expected YYYY-MM-DD");
      }
    }
    const std::string status = req.get_param_value("status");
    if (!status.empty() && status != "pending" && status != "approved" && status != "overridden")
      return refuse(res, 400, "status: expected pending, approved or overridden");
    json out = visible(d.book().entries(day), *who, access);
    if (!status.empty()) {
      json kept = json::array();
      for (const json& e : out)
        if (e["status"] == status) kept.push_back(e);
      out = kept;
    }
    reply(res, 200, {{"recommendations", out}});
  });
  http.Post(R"(/v1/recommendations/([A-Za-z0-9_.\-]{1,80})/verdict)",
            [&d, &access, authorize](const httplib::Request& req, httplib::Response& res) {
              const Principal* who = authorize(req, res, Scope::kGiveVerdicts);
              if (!who) return;
              if (req.get_header_value("Content-Type").rfind("application/json", 0) != 0)
                return refuse(res, 415, "Content-Type: expected application/json");
              auto parsed = parse_verdict(req.body);
              if (const auto* problem = std::get_if<std::string>(&parsed)) return refuse(res, 400, *problem);
              Verdict v = std::get<Verdict>(parsed);
              v.id = req.matches[1];
              v.by = who->name;
              v.role = who->role;
              v.at = wall_clock_now();
              const auto entry = d.book().entry(v.id);
              if (!entry || !sees_decisions(*who, entry->recommendation.athlete, access))
                return refuse(res, 404, "no recommendation '" + v.id + "'");
              switch (d.book().add_verdict(v)) {
                case DecisionBook::VerdictOutcome::kUnknown: return refuse(res, 404, "no recommendation '" + v.id + "'");
                case DecisionBook::VerdictOutcome::kAlreadyDecided:
                  return refuse(res, 409, "recommendation '" + v.id + "' already has a verdict");
                case DecisionBook::VerdictOutcome::kRecorded: break;
              }
              reply(res, 201, visible(*d.book().entry(v.id), *who, access));
            });
  http.Get(R"(/v1/athletes/([A-Za-z0-9_.\-]{1,64})/history)", [&d, &access, authorize](const httplib::Request& req,
                                                                                    httplib::Response& res) {
    const Principal* who = authorize(req, res, Scope::kReadAthletes);
    if (!who) return;
    const std::string athlete = req.matches[1];
    if (!sees_decisions(*who, athlete, access)) return refuse(res, 404, "no history of athlete '" + athlete + "'");
    std::optional<Day> day;
    try {
      if (req.has_param("date")) day = parse_date(req.get_param_value("date"));
    } catch (const std::invalid_argument&) {
      return refuse(res, 400, "date: expected YYYY-MM-DD");
    }
    if (!day) {
      const std::vector<BookEntry> all = d.book().entries(std::nullopt);
      if (all.empty()) return refuse(res, 404, "no day decided yet: give ?date=YYYY-MM-DD");
      day = all.back().recommendation.day;
    }
    DayDecision decision;
    try {
      decision = d.recompute(*day);
    } catch (const std::invalid_argument& e) {
      return refuse(res, 409, "no history for " + format_date(*day) + ": " + e.what());
    }
    const auto it = decision.history.find(athlete);
    if (it == decision.history.end()) return refuse(res, 404, "no data of athlete '" + athlete + "' in the store");
    json out = history_json(it->second, athlete, *who, access);
    out["through"] = format_date(*day - 1);
    out["through_sequence"] = decision.through_sequence;
    reply(res, 200, out);
  });
  http.Get("/v1/actions", [&d, &access, authorize](const httplib::Request& req, httplib::Response& res) {
    const Principal* who = authorize(req, res, Scope::kReadRecommendations);
    if (!who) return;
    std::optional<Day> day;
    try {
      if (req.has_param("date")) day = parse_date(req.get_param_value("date"));
    } catch (const std::invalid_argument&) {
      return refuse(res, 400, "date: expected YYYY-MM-DD");
    }
    json out = json::array();
    for (const OutboxItem& i : d.outbox().items(day)) {
      if (!sees_decisions(*who, i.athlete, access)) continue;
      const bool nowhere = destination(i) == Destination::kNowhere;
      const char* delivery = i.delivered ? "delivered" : nowhere ? "no endpoint" : "pending";
      out.push_back({{"id", i.key}, {"athlete", i.athlete}, {"date", format_date(i.day)}, {"rule", i.rule},
                     {"kind", i.kind}, {"delivery", delivery}, {"attempts", i.attempts},
                     {"last_error", i.last_error}, {"payload", json::parse(i.payload)}});
    }
    reply(res, 200, {{"actions", out}});
  });
  http.Get("/v1/audit", [&d, authorize](const httplib::Request& req, httplib::Response& res) {
    if (!authorize(req, res, Scope::kReadAudit)) return;
    json verdicts = json::array(), days = json::array();
    for (const Verdict& v : d.book().verdicts()) verdicts.push_back(to_json(v));
    std::optional<Day> last;
    for (const BookEntry& e : d.book().entries(std::nullopt))
      if (e.recommendation.day != last) {
        last = e.recommendation.day;
        days.push_back({{"date", format_date(e.recommendation.day)},
                        {"decided_by", e.decided_by},
                        {"through_sequence", e.through_sequence}});
      }
    reply(res, 200, {{"days", days}, {"verdicts", verdicts}});
  });
}

}  // namespace preseason::live
