#include "live/live_metrics.h"

namespace preseason::live {

nlohmann::json LiveMetrics::to_json(const LogStats& log) const {
  return {{"batches_accepted", batches_accepted.load()},
          {"batches_refused", batches_refused.load()},
          {"batches_replayed", batches_replayed.load()},
          {"readings_accepted", readings_accepted.load()},
          {"readings_refused", readings_refused.load()},
          {"submissions_accepted", submissions_accepted.load()},
          {"wal_bytes", log.wal_bytes},
          {"wal_batches", log.batches},
          {"last_sequence", log.last_sequence},
          {"recovered_truncated_bytes", log.recovered_truncated_bytes}};
}

}  // namespace preseason::live
