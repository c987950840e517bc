#include "live/ingest_batch.h"

#include <stdexcept>

#include "live/rfc3339.h"

namespace preseason::live {

using nlohmann::json;

const char* stream_of(const Submission& s) { return s.kind == SubmissionKind::kWellness ? "wellness" : "session_rpe"; }

json to_json(const Reading& r) {
  return {{"athlete", r.athlete}, {"device", r.device},  {"metric", r.metric},
          {"measured", format_rfc3339_utc(r.measured)}, {"value", r.value}, {"unit", r.unit}};
}

json to_json(const Submission& s) {
  json j = {{"athlete", s.athlete}, {"kind", stream_of(s)}, {"measured", format_rfc3339_utc(s.measured)}};
  if (s.kind == SubmissionKind::kWellness) {
    j["items"] = s.items;
  } else {
    j["rpe"] = s.rpe;
    j["minutes"] = s.minutes;
  }
  return j;
}

json to_json(const IngestBatch& batch) {
  json readings = json::array(), submissions = json::array();
  for (const Reading& r : batch.readings) readings.push_back(to_json(r));
  for (const Submission& s : batch.submissions) submissions.push_back(to_json(s));
  return {{"readings", readings}, {"submissions", submissions}};
}

namespace {

Time time_field(const json& j) {
  const auto t = parse_rfc3339_utc(j.at("measured").get<std::string>());
  if (!t) throw std::invalid_argument("bad measured time in a stored batch");
  return *t;
}

}  // namespace

IngestBatch batch_from_json(const json& j) {
  IngestBatch batch;
  for (const json& r : j.at("readings"))
    batch.readings.push_back({r.at("athlete").get<std::string>(), r.at("device").get<std::string>(),
                              r.at("metric").get<std::string>(), time_field(r), r.at("value").get<double>(),
                              r.at("unit").get<std::string>()});
  for (const json& s : j.at("submissions")) {
    Submission sub;
    sub.athlete = s.at("athlete").get<std::string>();
    sub.measured = time_field(s);
    if (s.at("kind").get<std::string>() == "wellness") {
      sub.kind = SubmissionKind::kWellness;
      sub.items = s.at("items").get<std::map<std::string, int>>();
    } else {
      sub.kind = SubmissionKind::kSessionRpe;
      sub.rpe = s.at("rpe").get<double>();
      sub.minutes = s.at("minutes").get<double>();
    }
    batch.submissions.push_back(sub);
  }
  return batch;
}

}  // namespace preseason::live
