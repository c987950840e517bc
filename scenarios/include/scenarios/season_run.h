// One replicate of a scenario: builds the season's actor graph (planner, athletes
// with their devices, one pipeline each), runs it, and returns what it counted.
// Athlete i's parameters and streams depend only on (seed, replicate, i), so two
// variants of a scenario run with common random numbers.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "actors/season/season_recorder.h"
#include "actors/season/season_tally.h"
#include "engine/simulation.h"
#include "scenarios/run_resources.h"
#include "scenarios/scenario.h"

namespace preseason {

struct SeasonRunOptions {
  std::uint32_t replicate = 0;
  unsigned threads = 1;
  unsigned shards = 0;
  std::string out;  // recording path; empty = no recording
  season::RecordScope record = season::RecordScope::kAll;
  // Where each athlete's iCalendar file goes (created if missing); empty = none.
  std::string calendar_dir;
  bool tally = true;
  bool decisions = true;  // compute the decisions fingerprint
  // Checkpoints at 00:00 of these days (inside the season) into checkpoint_dir.
  std::vector<Day> checkpoint_days;
  std::string checkpoint_dir;
  // What the pipelines share, loaded once for many replicates; null = load from the scenario.
  std::shared_ptr<const RunResources> resources;
};

struct SeasonRunResult {
  season::SeasonTotals totals;
  RunStats stats;
  Fingerprint decisions;  // over features and decisions (decisions_fingerprint.h)
  std::vector<std::string> checkpoints;  // paths written
};

SeasonRunResult run_season(const Scenario& scenario, const SeasonRunOptions& options);

// The pseudonymous id of athlete i: the scenario's explicit id, or a001, a002, ...
std::string athlete_id(const Scenario& scenario, std::uint32_t i);

}  // namespace preseason
