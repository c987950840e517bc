// JSON forms of live decisions, shared by the decision log and the HTTP API: the same
// field names on disk and on the wire (docs/live-api.md).
#pragma once

#include <nlohmann/json.hpp>

#include "live/decision_book.h"

namespace preseason::live {

nlohmann::json to_json(const Recommendation& r);
Recommendation recommendation_from_json(const nlohmann::json& j);  // throws nlohmann::json::exception

nlohmann::json to_json(const Verdict& v);
Verdict verdict_from_json(const nlohmann::json& j);

// An entry as the API shows it: the recommendation, its status and verdict.
nlohmann::json to_json(const BookEntry& e);

}  // namespace preseason::live
