// The live section of a scenario-like YAML: who is in the squad with which devices,
// who may call the API (tokens kept only as SHA-256 hashes) and what each athlete
// consented to share with which role. Loaded and checked by load_live_config.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "data/time.h"

namespace preseason::live {

enum class Role { kDevice, kAthlete, kCoach, kPhysio, kManagement, kAdmin };

const char* role_name(Role role);
std::optional<Role> role_from_name(const std::string& name);
// Roles that read athlete data only within that athlete's consent.
bool reads_by_consent(Role role);

struct Device {
  std::string id;      // unique across the squad
  std::string vendor;  // e.g. ring, strap, watch, gps, app, env
};

struct Athlete {
  std::string id;  // pseudonymous
  std::vector<Device> devices;
};

struct Principal {
  std::string name;
  Role role = Role::kAdmin;
  std::string token_sha256;  // 64 lowercase hex digits
  std::string athlete;       // device and athlete principals: whose data they send
  std::string device;        // device principals, optional: the one device they speak for
};

// Per athlete, per consent-reading role: the streams (metric names, `wellness`,
// `session_rpe`) that role may read. Absent means nothing.
using Consent = std::map<std::string, std::map<Role, std::set<std::string>>>;

// PEM files for HTTPS, absolute paths (the loader resolves them against the config's
// directory and checks that OpenSSL accepts them as a pair).
struct TlsFiles {
  std::string certificate;  // the server's certificate, then any intermediates
  std::string private_key;
};

// Where actions of each kind go (docs/live-api.md, "Outbox"): webhook actions name their own
// URL; meal, physio and calendar signals go to the endpoint configured for their kind.
struct OutboxSettings {
  std::map<std::string, std::string> endpoints;  // kind -> http://host[:port]/path
  std::size_t retry_first_ms = 1000;             // doubled after each failed attempt
  std::size_t retry_longest_ms = 300000;
};

struct Limits {
  std::size_t max_body_bytes = 1 << 20;
  std::size_t max_batch_items = 1000;
};

struct LiveConfig {
  std::string file;
  std::string listen = "127.0.0.1:8080";
  std::string store;
  std::optional<TlsFiles> tls;  // serve HTTPS; required to listen beyond loopback
  Limits limits;
  OutboxSettings outbox;
  std::optional<Time> decide_at;  // time of day (UTC) to decide each day on the wall clock
  std::vector<Athlete> squad;
  std::vector<Principal> principals;
  Consent consent;

  const Athlete* athlete(const std::string& id) const;
};

}  // namespace preseason::live
