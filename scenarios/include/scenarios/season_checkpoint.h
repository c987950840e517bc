// Checkpoints of a season replicate: the complete state at the start of a day (every
// actor, random stream, pending event and the outcome totals so far) with the effective
// scenario it came from, in one Boost.Serialization archive. Resuming one without
// changes finishes exactly as the uninterrupted run; resuming with overrides forks a
// what-if from that day on, with common random numbers. A checkpoint of a recording run
// also holds the recorder's position, so a resumed run can finish the same recording.
#pragma once

#include <string>
#include <vector>

#include "actors/season/decisions_fingerprint.h"
#include "actors/season/season_recorder.h"
#include "actors/season/season_tally.h"
#include "scenarios/season_run.h"

namespace preseason {

// A checkpoint that cannot be used: truncated, of another format version, or made from
// another scenario. The message names the file and the problem.
class CheckpointError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct CheckpointHeader {
  std::string scenario_yaml;  // the effective scenario of the run that wrote it
  std::string scenario_hash;
  std::string scenario_path;  // the file that run read, as its recording names it
  std::uint32_t replicate = 0;
  Day day = 0;  // the state is at 00:00 UTC of this day
  bool recorded = false;  // the run recorded (--out), and the recorder's position follows
  season::RecordScope record = season::RecordScope::kAll;
  SeasonRunResult at;  // totals and fingerprints up to that moment
};

// Writes the state of `sim`, stopped at 00:00 of `day`, with the summary sinks' totals
// and what the recorder holds when the run records; returns the
// path (dir/<scenario>-<date>-r<replicate>.ckpt).
std::string write_checkpoint(const std::string& dir, const Scenario& scenario, std::uint32_t replicate, Day day,
                             const Simulation& sim, const season::SeasonTally& tally,
                             const season::DecisionsFingerprint& decisions, const RunStats& stats,
                             const season::SeasonRecorder* recorder = nullptr);

// Reads the header only; throws CheckpointError.
CheckpointHeader read_checkpoint_header(const std::string& path);

// Resumes a checkpoint to the end of its season, with `overrides` applied to its
// scenario (none: continue unchanged). With `out`, finishes the recording the checkpoint
// holds there: unchanged, the uninterrupted run's file byte for byte; a fork keeps the
// days before the checkpoint as recorded and gets the fork's scenario on its root (and
// `forked_at`). Throws CheckpointError for an unusable checkpoint, also one without a
// recording when `out` is given, and ScenarioError for bad overrides.
SeasonRunResult resume_season(const std::string& path, const std::vector<std::string>& overrides, unsigned threads,
                              const std::string& out = {});

}  // namespace preseason
