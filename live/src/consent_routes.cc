#include "consent_routes.h"

#include <variant>

#include "http_reply.h"
#include "json_depth.h"
#include "live/wall_clock.h"

namespace preseason::live {

using nlohmann::json;

namespace {

constexpr std::size_t kMaxStreams = 64;

using RoleConsent = std::map<Role, std::set<std::string>>;

json to_json(const RoleConsent& consent) {
  json out = json::object();
  for (Role role : {Role::kCoach, Role::kPhysio, Role::kManagement}) {
    const auto it = consent.find(role);
    out[role_name(role)] = it == consent.end() ? json::array() : json(it->second);
  }
  return out;
}

bool valid_stream(const std::string& s) {
  if (s.empty() || s.size() > 64) return false;
  for (char c : s)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != '-' && c != '.') return false;
  return true;
}

// The consent a request body gives, or the problem naming the field.
std::variant<RoleConsent, std::string> parse_consent(const std::string& body) {
  if (json_depth(body) > 3) return std::string("body: nested too deeply");
  const json j = json::parse(body, nullptr, false);
  if (j.is_discarded() || !j.is_object()) return std::string("body: expected an object of role -> streams");
  RoleConsent out;
  for (const auto& [role, streams] : j.items()) {
    const auto r = role_from_name(role);
    if (!r || !reads_by_consent(*r)) return role + ": expected coach, physio or management";
    if (!streams.is_array()) return role + ": expected a list of streams";
    if (streams.size() > kMaxStreams) return role + ": more than " + std::to_string(kMaxStreams) + " streams";
    std::set<std::string>& kept = out[*r];
    for (std::size_t i = 0; i < streams.size(); ++i) {
      if (!streams[i].is_string() || !valid_stream(streams[i].get<std::string>()))
        return role + "[" + std::to_string(i) + "]: expected a stream name (1-64 of A-Z a-z 0-9 _ - .)";
      kept.insert(streams[i].get<std::string>());
    }
  }
  return out;
}

}  // namespace

void add_consent_routes(httplib::Server& http, ConsentLog& log, const AccessControl& access, Authorize authorize) {
  const char* path = R"(/v1/athletes/([A-Za-z0-9_.\-]{1,64})/consent)";
  // Only the athlete reads and changes their consent: staff see its effect, not its text.
  const auto own = [authorize](const httplib::Request& req, httplib::Response& res) -> const Principal* {
    const Principal* who = authorize(req, res, Scope::kManageConsent);
    if (who && who->athlete != req.matches[1].str()) {
      refuse(res, 403, "principal '" + who->name + "' may not manage the consent of athlete '" +
                           req.matches[1].str() + "'");
      return nullptr;
    }
    return who;
  };
  http.Get(path, [own, &access](const httplib::Request& req, httplib::Response& res) {
    if (!own(req, res)) return;
    reply(res, 200, {{"athlete", req.matches[1].str()}, {"consent", to_json(access.consent_of(req.matches[1]))}});
  });
  http.Put(path, [own, &access, &log](const httplib::Request& req, httplib::Response& res) {
    const Principal* who = own(req, res);
    if (!who) return;
    if (req.get_header_value("Content-Type").rfind("application/json", 0) != 0)
      return refuse(res, 415, "Content-Type: expected application/json");
    auto parsed = parse_consent(req.body);
    if (const auto* problem = std::get_if<std::string>(&parsed)) return refuse(res, 400, *problem);
    try {
      log.change(who->athlete, std::get<RoleConsent>(parsed), who->name, wall_clock_now());
    } catch (const WalError& e) {
      return refuse(res, 503, std::string("not stored: ") + e.what());
    }
    reply(res, 200, {{"athlete", who->athlete}, {"consent", to_json(access.consent_of(who->athlete))}});
  });
}

}  // namespace preseason::live
