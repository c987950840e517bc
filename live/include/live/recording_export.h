// Turns a live store's write-ahead log into a preseason recording
// (docs/recording-format.md) that `preseason features` and `preseason replay` read:
// per athlete one stream per (device, metric) with the server's receive time as
// `uploaded`, wellness items as `self_report.<item>` streams and session RPE as
// `sessions` rows. Reads the log with read_wal_snapshot, so a running server is not
// disturbed; the recording appears at `out` only when it is complete.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "actors/planner/planned_day.h"
#include "data/recording_contents.h"
#include "live/live_config.h"

namespace preseason::live {

struct ExportSummary {
  std::uint64_t batches = 0;
  std::uint64_t last_sequence = 0;  // the log is exported up to and including this batch
  std::uint64_t pending_bytes = 0;  // a write in progress at the end of the log, left out
  std::size_t athletes = 0;
  std::size_t readings = 0;
  std::size_t submissions = 0;
};

// What a live scenario adds to an export, so that replaying it decides as live mode did.
struct ExportOptions {
  std::string scenario_yaml;       // the live scenario's canonical text, as root `scenario_yaml`
  std::vector<PlannedDay> plan;    // every athlete's planned days, as an `athletes/<id>/tables/plan` table
  std::uint64_t through_sequence = UINT64_MAX;  // batches after this one are left out
};

// Throws WalError for a missing, foreign or damaged log or a stream whose unit changes,
// and h5::Error when the recording cannot be written.
ExportSummary export_recording(const LiveConfig& config, const std::string& store_dir, const std::string& out,
                               const ExportOptions& options = {});

struct LiveExport {
  ExportSummary summary;
  std::shared_ptr<const RecordingContents> contents;
};

// The same recording held in memory, for reading back at once; throws WalError likewise.
LiveExport export_contents(const LiveConfig& config, const std::string& store_dir, const ExportOptions& options = {});

// Writes an export held in memory to `out`, which appears only when complete; throws
// h5::Error when it cannot be written.
void write_recording(const RecordingContents& contents, const std::string& out);

}  // namespace preseason::live
