// Runs the replicates of a scenario and keeps, per metric, one value per replicate
// (replicate r always uses seed stream r, so batches of two variants are paired).
#pragma once

#include <string>
#include <vector>

#include "engine/fingerprint.h"
#include "actors/season/season_recorder.h"
#include "scenarios/scenario.h"

namespace preseason::cli {

struct BatchOptions {
  std::uint32_t replicates = 1;
  unsigned threads = 1;
  unsigned shards = 0;
  std::string out;  // recording path; with several replicates, -r<k> goes before .h5
  season::RecordScope record = season::RecordScope::kAll;
  // iCalendar files per athlete; with several replicates one subdirectory each, r<k>.
  std::string calendar_dir;
  std::vector<Day> checkpoint_days;
  std::string checkpoint_dir = ".";
};

struct BatchResult {
  std::vector<std::vector<double>> metrics;  // [metric][replicate], in season_metrics() order
  std::vector<std::string> fingerprints;     // per replicate
  std::vector<std::string> recordings;
  std::vector<std::string> checkpoints;
  Fingerprint fingerprint;                   // over every replicate
  Fingerprint decisions;                     // features and decisions, every replicate
  double athlete_days = 0;
  std::uint64_t events = 0;
  double wall_seconds = 0;
};

BatchResult run_batch(const Scenario& scenario, const BatchOptions& options, const std::string& label);

// The recording path of replicate r.
std::string replicate_path(const std::string& out, std::uint32_t replicate, std::uint32_t replicates);

}  // namespace preseason::cli
