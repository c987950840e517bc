// Turns an untrusted request body into an IngestBatch or a 4xx problem whose message
// names the field path ("readings[3].value: expected a number"). Never throws for
// any body: deep nesting, huge strings, wrong types and non-finite numbers are refused.
#pragma once

#include <string>
#include <string_view>
#include <variant>

#include "data/time.h"
#include "live/ingest_batch.h"
#include "live/live_config.h"

namespace preseason::live {

struct IngestProblem {
  int status = 400;         // 400 malformed or invalid, 413 too large
  std::string message;
  std::size_t readings = 0;  // readings the body carried, when it got that far (for counters)
};

class IngestValidator {
 public:
  explicit IngestValidator(const LiveConfig& config) : config_(config) {}

  // `now` bounds how far in the future `measured` may lie (clock skew of a device).
  std::variant<IngestBatch, IngestProblem> validate(std::string_view body, Time now) const;

  static constexpr int kMaxDepth = 8;
  static constexpr std::size_t kMaxText = 128;
  static constexpr Time kMaxFutureSkew = 10 * kMinute;

 private:
  const LiveConfig& config_;
};

}  // namespace preseason::live
