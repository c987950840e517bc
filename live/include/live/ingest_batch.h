// One validated ingest request: device readings and self-reported submissions.
// Its JSON form (to_json) is what the write-ahead log stores and the API returns.
#pragma once

#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "data/time.h"

namespace preseason::live {

struct Reading {
  std::string athlete;
  std::string device;
  std::string metric;  // the device's field name; also the consent stream
  Time measured = 0;
  double value = 0;
  std::string unit;
};

enum class SubmissionKind { kWellness, kSessionRpe };

struct Submission {
  std::string athlete;
  SubmissionKind kind = SubmissionKind::kWellness;
  Time measured = 0;
  std::map<std::string, int> items;  // wellness: item -> 1..5
  double rpe = 0;                    // session_rpe: CR10, 0..10
  double minutes = 0;                // session_rpe: session duration
};

// The consent stream of a submission: "wellness" or "session_rpe".
const char* stream_of(const Submission& s);

struct IngestBatch {
  std::vector<Reading> readings;
  std::vector<Submission> submissions;
};

nlohmann::json to_json(const Reading& r);
nlohmann::json to_json(const Submission& s);
nlohmann::json to_json(const IngestBatch& batch);
// The inverse of to_json for data this program wrote; throws on anything else.
IngestBatch batch_from_json(const nlohmann::json& j);

}  // namespace preseason::live
