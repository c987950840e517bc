#include "live/live_config_loader.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <set>

#include <yaml-cpp/yaml.h>

#include "actors/automation/webhook_client.h"
#include "tls_server.h"
#include "yaml_fields.h"

namespace preseason::live {

namespace {

bool valid_id(const std::string& s) {
  return !s.empty() && s.size() <= 64 &&
         std::all_of(s.begin(), s.end(), [](char c) {
           return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
                  c == '-' || c == '.';
         });
}

bool valid_hash(const std::string& s) {
  return s.size() == 64 &&
         std::all_of(s.begin(), s.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

std::string id_field(YamlFields& f, const char* key, bool required) {
  const std::string s = f.text(key, required);
  if (!s.empty() && !valid_id(s))
    f.fail(f.path(key), f.get(key), "expected an id (letters, digits, '_', '-', '.', at most 64), found '" + s + "'");
  return s;
}

std::string relative_to(const std::string& file, const std::string& path) {
  const std::filesystem::path p(path);
  return p.is_absolute() ? path : (std::filesystem::path(file).parent_path() / p).string();
}

TlsFiles read_tls(const std::string& file, const YAML::Node& node) {
  YamlFields f(file, node, "live.tls");
  TlsFiles t{relative_to(file, f.text("certificate", true)), relative_to(file, f.text("private_key", true))};
  for (const auto& [key, path] : {std::pair{"certificate", t.certificate}, std::pair{"private_key", t.private_key}})
    if (std::FILE* in = std::fopen(path.c_str(), "rb")) std::fclose(in);
    else f.fail(f.path(key), f.get(key), "cannot read '" + path + "'");
  f.finish();
  if (const std::string problem = tls_problem(t); !problem.empty()) f.fail("live.tls", node, problem);
  return t;
}

// "HH:MM" or "HH:MM:SS", a UTC time of day.
Time read_time_of_day(YamlFields& live, const char* key) {
  const std::string text = live.text(key);
  unsigned h = 0, m = 0, sec = 0;
  char end = 0;
  const int n = std::sscanf(text.c_str(), "%2u:%2u:%2u%c", &h, &m, &sec, &end);
  const bool shape = text.size() == 5 ? n == 2 : text.size() == 8 && n == 3;
  if (!shape || h > 23 || m > 59 || sec > 59)
    live.fail(live.path(key), live.get(key), "expected a UTC time of day HH:MM or HH:MM:SS, found '" + text + "'");
  return h * kHour + m * kMinute + sec * kSecond;
}

OutboxSettings read_outbox(const std::string& file, const YAML::Node& node) {
  YamlFields f(file, node, "live.outbox");
  OutboxSettings o;
  for (const char* kind : {"meal", "physio", "calendar"}) {
    const std::string url = f.text(kind);
    if (url.empty()) continue;
    try {
      parse_webhook_url(url);
    } catch (const std::invalid_argument& e) {
      f.fail(f.path(kind), f.get(kind), e.what());
    }
    o.endpoints[kind] = url;
  }
  o.retry_first_ms = f.count("retry_first_ms", o.retry_first_ms);
  o.retry_longest_ms = f.count("retry_longest_ms", o.retry_longest_ms);
  if (o.retry_longest_ms < o.retry_first_ms)
    f.fail(f.path("retry_longest_ms"), f.get("retry_longest_ms"), "expected at least retry_first_ms");
  f.finish();
  return o;
}

void read_squad(const std::string& file, YamlFields& live, LiveConfig& c) {
  const YAML::Node squad = live.list("squad");
  std::set<std::string> athletes, devices;
  for (std::size_t i = 0; i < squad.size(); ++i) {
    YamlFields f(file, squad[i], "live.squad[" + std::to_string(i) + "]");
    Athlete a;
    a.id = id_field(f, "id", true);
    if (!athletes.insert(a.id).second) f.fail(f.path("id"), f.get("id"), "athlete '" + a.id + "' is listed twice");
    const YAML::Node list = f.list("devices");
    for (std::size_t j = 0; j < list.size(); ++j) {
      YamlFields d(file, list[j], f.path("devices") + "[" + std::to_string(j) + "]");
      Device dev{id_field(d, "id", true), d.text("vendor", true)};
      if (!devices.insert(dev.id).second)
        d.fail(d.path("id"), d.get("id"), "device '" + dev.id + "' is listed twice");
      d.finish();
      a.devices.push_back(dev);
    }
    f.finish();
    c.squad.push_back(a);
  }
}

void read_principals(const std::string& file, YamlFields& live, LiveConfig& c) {
  const YAML::Node list = live.list("principals");
  std::set<std::string> names, hashes;
  for (std::size_t i = 0; i < list.size(); ++i) {
    YamlFields f(file, list[i], "live.principals[" + std::to_string(i) + "]");
    Principal p;
    p.name = id_field(f, "name", true);
    if (!names.insert(p.name).second) f.fail(f.path("name"), f.get("name"), "principal '" + p.name + "' is listed twice");
    const std::string role = f.text("role", true);
    const auto r = role_from_name(role);
    if (!r) f.fail(f.path("role"), f.get("role"), "expected device, athlete, coach, physio, management or admin, found '" + role + "'");
    p.role = *r;
    if (!f.get("token").IsNull())
      f.fail(f.path("token"), f.get("token"), "tokens are never stored; give token_sha256 (hex SHA-256 of the token)");
    p.token_sha256 = f.text("token_sha256", true);
    if (!valid_hash(p.token_sha256))
      f.fail(f.path("token_sha256"), f.get("token_sha256"), "expected 64 lowercase hex digits, found " + YamlFields::found(f.get("token_sha256")));
    if (!hashes.insert(p.token_sha256).second)
      f.fail(f.path("token_sha256"), f.get("token_sha256"), "two principals share one token");
    p.athlete = id_field(f, "athlete", false);
    p.device = id_field(f, "device", false);
    const bool owned = p.role == Role::kDevice || p.role == Role::kAthlete;
    if (owned && p.athlete.empty()) f.fail(f.path("athlete"), f.get("athlete"), "a " + role + " principal needs the athlete it belongs to");
    if (!owned && !p.athlete.empty()) f.fail(f.path("athlete"), f.get("athlete"), "only device and athlete principals belong to an athlete");
    if (p.role != Role::kDevice && !p.device.empty()) f.fail(f.path("device"), f.get("device"), "only device principals name a device");
    const Athlete* a = p.athlete.empty() ? nullptr : c.athlete(p.athlete);
    if (owned && !a) f.fail(f.path("athlete"), f.get("athlete"), "'" + p.athlete + "' is not in live.squad");
    if (!p.device.empty() && std::none_of(a->devices.begin(), a->devices.end(), [&](const Device& d) { return d.id == p.device; }))
      f.fail(f.path("device"), f.get("device"), "'" + p.device + "' is not a device of athlete '" + p.athlete + "'");
    f.finish();
    c.principals.push_back(p);
  }
}

void read_consent(YamlFields& live, LiveConfig& c) {
  const YAML::Node consent = live.get("consent");
  if (consent.IsNull()) return;
  if (!consent.IsMap()) live.fail("live.consent", consent, "expected a map of athlete -> role -> streams, found " + YamlFields::found(consent));
  for (const auto& kv : consent) {
    const std::string athlete = kv.first.as<std::string>();
    const std::string path = "live.consent." + athlete;
    if (!c.athlete(athlete)) live.fail(path, kv.first, "'" + athlete + "' is not in live.squad");
    if (!kv.second.IsMap()) live.fail(path, kv.second, "expected a map of role -> streams, found " + YamlFields::found(kv.second));
    for (const auto& rv : kv.second) {
      const std::string role = rv.first.as<std::string>();
      const auto r = role_from_name(role);
      if (!r || !reads_by_consent(*r)) live.fail(path + "." + role, rv.first, "expected coach, physio or management, found '" + role + "'");
      if (!rv.second.IsSequence()) live.fail(path + "." + role, rv.second, "expected a list of streams, found " + YamlFields::found(rv.second));
      auto& streams = c.consent[athlete][*r];
      for (const YAML::Node& s : rv.second) {
        if (!s.IsScalar() || !valid_id(s.Scalar())) live.fail(path + "." + role, s, "expected a stream name, found " + YamlFields::found(s));
        streams.insert(s.Scalar());
      }
    }
  }
}

void read_live(const std::string& path, const YAML::Node& node, LiveConfig& c) {
  YamlFields live(path, node, "live");
  if (const std::string listen = live.text("listen"); !listen.empty()) c.listen = listen;
  if (const std::string store = live.text("store"); !store.empty()) {
    const std::filesystem::path p(store);
    c.store = p.is_absolute() ? store : (std::filesystem::path(path).parent_path() / p).string();
  }
  if (const YAML::Node tls = live.get("tls"); !tls.IsNull()) c.tls = read_tls(path, tls);
  if (const YAML::Node limits = live.get("limits"); !limits.IsNull()) {
    YamlFields f(path, limits, "live.limits");
    c.limits.max_body_bytes = f.count("max_body_bytes", c.limits.max_body_bytes);
    c.limits.max_batch_items = f.count("max_batch_items", c.limits.max_batch_items);
    f.finish();
  }
  if (const YAML::Node outbox = live.get("outbox"); !outbox.IsNull()) c.outbox = read_outbox(path, outbox);
  if (!live.get("decide_at").IsNull()) c.decide_at = read_time_of_day(live, "decide_at");
  read_squad(path, live, c);
  read_principals(path, live, c);
  read_consent(live, c);
  live.finish();
}

}  // namespace

LiveConfig load_live_config(const std::string& path) {
  YAML::Node root;
  try {
    root = YAML::LoadFile(path);
  } catch (const YAML::BadFile&) {
    throw LiveConfigError(path + ": cannot read the file");
  } catch (const YAML::ParserException& e) {
    throw LiveConfigError(path + ":" + std::to_string(e.mark.line + 1) + ":" + std::to_string(e.mark.column + 1) + ": " + e.msg);
  }
  if (!root.IsMap() || !root["live"].IsDefined()) throw LiveConfigError(path + ": no `live` section");
  LiveConfig c;
  c.file = path;
  try {
    read_live(path, root["live"], c);
  } catch (const YAML::Exception& e) {
    throw LiveConfigError(path + ":" + std::to_string(e.mark.line + 1) + ": " + e.msg);
  }
  return c;
}

}  // namespace preseason::live
