// Counters of ingest outcomes for GET /v1/metrics. Lock-free; read while written.
#pragma once

#include <atomic>
#include <cstdint>

#include <nlohmann/json.hpp>

#include "live/ingest_log.h"

namespace preseason::live {

struct LiveMetrics {
  std::atomic<std::uint64_t> batches_accepted{0};
  std::atomic<std::uint64_t> batches_refused{0};
  std::atomic<std::uint64_t> batches_replayed{0};  // idempotent retries answered from the log
  std::atomic<std::uint64_t> readings_accepted{0};
  std::atomic<std::uint64_t> readings_refused{0};
  std::atomic<std::uint64_t> submissions_accepted{0};

  nlohmann::json to_json(const LogStats& log) const;
};

}  // namespace preseason::live
