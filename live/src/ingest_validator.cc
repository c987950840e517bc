#include "live/ingest_validator.h"

#include <algorithm>
#include <cmath>

#include "json_depth.h"
#include "live/rfc3339.h"

namespace preseason::live {

using nlohmann::json;

namespace {

struct Invalid {
  IngestProblem problem;
};

[[noreturn]] void fail(const std::string& path, const std::string& what, int status = 400) {
  throw Invalid{{status, path + ": " + what, 0}};
}

std::string type_of(const json& j) {
  if (j.is_number()) return "a number";
  if (j.is_string()) return "text";
  return std::string("a") + (j.is_array() || j.is_object() ? "n " : " ") + j.type_name();
}

void only_keys(const json& obj, const std::string& path, std::initializer_list<const char*> keys) {
  for (const auto& kv : obj.items())
    if (std::none_of(keys.begin(), keys.end(), [&](const char* k) { return kv.key() == k; })) {
      std::string known;
      for (const char* k : keys) known += (known.empty() ? "" : ", ") + std::string(k);
      fail(path + "." + kv.key().substr(0, IngestValidator::kMaxText), "unknown field; expected " + known);
    }
}

const json& field(const json& obj, const std::string& path, const char* key) {
  const auto it = obj.find(key);
  if (it == obj.end()) fail(path + "." + key, "missing");
  return *it;
}

std::string text(const json& obj, const std::string& path, const char* key, std::size_t max = IngestValidator::kMaxText) {
  const json& j = field(obj, path, key);
  if (!j.is_string()) fail(path + "." + key, "expected text, found " + type_of(j));
  const std::string& s = j.get_ref<const std::string&>();
  if (s.empty() || s.size() > max) fail(path + "." + key, "expected 1 to " + std::to_string(max) + " characters");
  if (std::any_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; }))
    fail(path + "." + key, "control characters are not allowed");
  return s;
}

std::string name(const json& obj, const std::string& path, const char* key) {
  const std::string s = text(obj, path, key, 64);
  const bool ok = std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.';
  });
  if (!ok) fail(path + "." + key, "expected letters, digits, '_', '-' or '.'");
  return s;
}

double number(const json& obj, const std::string& path, const char* key, double lo, double hi) {
  const json& j = field(obj, path, key);
  if (!j.is_number()) fail(path + "." + key, "expected a number, found " + type_of(j));
  const double v = j.get<double>();
  if (!std::isfinite(v)) fail(path + "." + key, "expected a finite number");
  if (v < lo || v > hi) fail(path + "." + key, "expected a number in [" + json(lo).dump() + ", " + json(hi).dump() + "], found " + json(v).dump());
  return v;
}

Time measured(const json& obj, const std::string& path, Time now) {
  const std::string s = text(obj, path, "measured", 40);
  const auto t = parse_rfc3339_utc(s);
  if (!t) fail(path + ".measured", "expected an RFC 3339 UTC time such as 2025-07-01T06:30:00Z, found '" + s + "'");
  if (*t < start_of(days_from_civil(2000, 1, 1))) fail(path + ".measured", "before 2000-01-01");
  if (*t > now + IngestValidator::kMaxFutureSkew) fail(path + ".measured", "more than 10 minutes in the future");
  return *t;
}

std::string athlete(const json& obj, const std::string& path, const LiveConfig& config) {
  const std::string id = name(obj, path, "athlete");
  if (!config.athlete(id)) fail(path + ".athlete", "unknown athlete '" + id + "'");
  return id;
}

Reading reading(const json& j, const std::string& path, const LiveConfig& config, Time now) {
  if (!j.is_object()) fail(path, "expected an object, found " + type_of(j));
  only_keys(j, path, {"athlete", "device", "metric", "measured", "value", "unit"});
  Reading r;
  r.athlete = athlete(j, path, config);
  r.device = name(j, path, "device");
  const auto& devices = config.athlete(r.athlete)->devices;
  if (std::none_of(devices.begin(), devices.end(), [&](const Device& d) { return d.id == r.device; }))
    fail(path + ".device", "'" + r.device + "' is not a device of athlete '" + r.athlete + "'");
  r.metric = name(j, path, "metric");
  r.measured = measured(j, path, now);
  r.value = number(j, path, "value", -1e15, 1e15);
  r.unit = text(j, path, "unit", 32);
  return r;
}

Submission submission(const json& j, const std::string& path, const LiveConfig& config, Time now) {
  if (!j.is_object()) fail(path, "expected an object, found " + type_of(j));
  Submission s;
  const std::string kind = text(j, path, "kind", 32);
  if (kind == "wellness") {
    only_keys(j, path, {"athlete", "kind", "measured", "items"});
    s.kind = SubmissionKind::kWellness;
    const json& items = field(j, path, "items");
    if (!items.is_object() || items.empty()) fail(path + ".items", "expected an object of items, found " + type_of(items));
    only_keys(items, path + ".items", {"fatigue", "sleep_quality", "soreness", "stress", "mood"});
    for (const auto& kv : items.items()) {
      const json& v = kv.value();
      if (!v.is_number_integer() || v.get<long long>() < 1 || v.get<long long>() > 5)
        fail(path + ".items." + kv.key(), "expected a whole number from 1 to 5, found " + (v.is_number() ? v.dump() : type_of(v)));
      s.items[kv.key()] = v.get<int>();
    }
  } else if (kind == "session_rpe") {
    only_keys(j, path, {"athlete", "kind", "measured", "rpe", "minutes"});
    s.kind = SubmissionKind::kSessionRpe;
    s.rpe = number(j, path, "rpe", 0, 10);
    s.minutes = number(j, path, "minutes", 0, 600);
  } else {
    fail(path + ".kind", "expected 'wellness' or 'session_rpe', found '" + kind + "'");
  }
  s.athlete = athlete(j, path, config);
  s.measured = measured(j, path, now);
  return s;
}

const json& list(const json& body, const char* key, std::size_t max) {
  static const json kEmpty = json::array();
  const auto it = body.find(key);
  if (it == body.end()) return kEmpty;
  if (!it->is_array()) fail(key, "expected a list, found " + type_of(*it));
  if (it->size() > max)
    fail(key, std::to_string(it->size()) + " items; at most " + std::to_string(max) + " per batch", 413);
  return *it;
}

}  // namespace

std::variant<IngestBatch, IngestProblem> IngestValidator::validate(std::string_view body, Time now) const {
  std::size_t carried = 0;
  try {
    if (body.size() > config_.limits.max_body_bytes)
      fail("body", std::to_string(body.size()) + " bytes; at most " + std::to_string(config_.limits.max_body_bytes), 413);
    if (json_depth(body) > kMaxDepth) fail("body", "nested deeper than " + std::to_string(kMaxDepth) + " levels");
    json j;
    try {
      j = json::parse(body);
    } catch (const json::parse_error& e) {
      fail("body", "not valid JSON (at byte " + std::to_string(e.byte) + ")");
    } catch (const json::out_of_range&) {
      fail("body", "a number is out of range");
    }
    if (!j.is_object()) fail("body", "expected an object with readings and/or submissions, found " + type_of(j));
    only_keys(j, "body", {"readings", "submissions"});
    const json& readings = list(j, "readings", config_.limits.max_batch_items);
    carried = readings.size();
    const json& submissions = list(j, "submissions", config_.limits.max_batch_items);
    if (readings.size() + submissions.size() > config_.limits.max_batch_items)
      fail("body", std::to_string(readings.size() + submissions.size()) + " items; at most " +
                       std::to_string(config_.limits.max_batch_items) + " per batch", 413);
    if (readings.empty() && submissions.empty()) fail("body", "no readings and no submissions");
    IngestBatch batch;
    for (std::size_t i = 0; i < readings.size(); ++i)
      batch.readings.push_back(reading(readings[i], "readings[" + std::to_string(i) + "]", config_, now));
    for (std::size_t i = 0; i < submissions.size(); ++i)
      batch.submissions.push_back(submission(submissions[i], "submissions[" + std::to_string(i) + "]", config_, now));
    return batch;
  } catch (Invalid& e) {
    e.problem.readings = carried;
    return e.problem;
  } catch (const std::exception& e) {
    return IngestProblem{400, std::string("body: ") + e.what(), carried};
  }
}

}  // namespace preseason::live
