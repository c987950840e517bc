// Keeps a live store's export (recording_export.h) current: each refresh reads only the
// batches the write-ahead log gained since the one before, so deciding a day does not
// parse the season again. It also says how the batches after a given one change the
// recording, which tells a replay resumed from an earlier state whether it still holds.
#pragma once

#include <cstdint>
#include <limits>
#include <map>
#include <string>
#include <vector>

#include "data/recording_contents.h"
#include "data/time.h"
#include "live/ingest_batch.h"
#include "live/live_config.h"
#include "live/recording_export.h"
#include "live/write_ahead_log.h"

namespace preseason::live {

class StoreExport {
 public:
  // Throws WalError when the store has no ingest.wal.
  StoreExport(const LiveConfig& config, std::string store_dir, ExportOptions options);

  // Reads what the log gained (batches after options.through_sequence stay out) and
  // returns the recording of everything so far. Throws WalError as export_contents does;
  // after a throw, the next refresh reads the same batches again.
  LiveExport refresh();

  // What the batches after `sequence` (up to the last refresh) did to the recording.
  struct Change {
    Time earliest = std::numeric_limits<Time>::max();  // the earliest measured time among them
    bool new_streams = false;  // they began an athlete or a stream
  };
  Change since(std::uint64_t sequence) const;

 private:
  struct Sample {
    Time time;
    double value;
    Time uploaded;
  };
  struct Stream {
    StreamInfo info;
    std::vector<Sample> samples;  // by measured time; equal times in log order
  };
  struct Session {
    Submission submission;
    Time received;
  };
  struct Athlete {
    std::map<std::string, Stream> streams;
    std::vector<Session> sessions;  // by measured time; equal times in log order
  };

  struct BatchEffect {
    std::uint64_t sequence;
    Change change;
  };
  void collect(const WalRecord& record, std::map<std::string, Athlete>& athletes, Change& change,
               ExportSummary& summary) const;

  const LiveConfig& config_;
  std::string store_dir_;
  std::string wal_;
  ExportOptions options_;
  std::map<std::string, Athlete> athletes_;
  ExportSummary summary_;
  std::uint64_t end_ = 0;  // where the log's next unread record starts
  std::vector<BatchEffect> effects_;  // one per batch read, in log order
};

}  // namespace preseason::live
