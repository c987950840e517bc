// Decides a live day exactly as `preseason replay` decides it: the store's batches so
// far are exported with the live scenario (its calendar as every athlete's plan) and
// replayed through that day; each pipeline's decision for the day is the athlete's
// recommendation. Replaying the same export later gives the same decisions. To answer in
// time, it resumes the replay from the state an earlier decision saved (replay_snapshots.h)
// whenever the batches since leave that state intact, which gives the same result.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "data/time.h"
#include "live/live_config.h"
#include "scenarios/scenario.h"

namespace preseason::live {

struct Recommendation {
  std::string athlete;
  Day day = 0;
  std::string policy;
  std::string action;  // keep, scale_load, cap_intensity, recovery, rest
  std::string reason;
  double planned_minutes = 0, minutes = 0, planned_rpe = 0;
  double risk;  // NaN without a predictor
  // Features of the day before (what the decision saw), NaN when missing.
  std::map<std::string, double> features;
};

// One day of an athlete's recent history, as the decision saw it.
struct HistoryDay {
  Day day = 0;
  double load = 0;  // session RPE × minutes, summed; 0 without a session
  double risk;      // NaN without a prediction
  std::map<std::string, double> features;
};

// A rule's action on the decided day, as the replay recorded it (docs/automation.md).
struct DecidedAction {
  std::string athlete;
  std::string rule, kind, approval, status;  // status: done, approved or declined
  std::string idempotency_key;
  std::string payload;  // the action's JSON
};

struct DayDecision {
  Day day = 0;
  std::uint64_t through_sequence = 0;  // the last ingested batch it saw
  std::vector<Recommendation> recommendations;  // by athlete
  std::map<std::string, std::vector<HistoryDay>> history;  // per athlete, the kHistoryDays before `day`
  std::vector<DecidedAction> actions;
};

class DayDecider {
 public:
  DayDecider(const LiveConfig& config, Scenario scenario, std::string store_dir);
  ~DayDecider();

  // Throws std::invalid_argument when the store holds nothing to decide `day` from.
  DayDecision decide(Day day);
  // The same decision computed for what it shows (an earlier day's history): the states
  // saved for the next decision stay as they were. Throws likewise.
  DayDecision recompute(Day day);
  // Decisions and recomputes that replayed the store from its first day; the rest resumed.
  std::uint64_t full_replays() const { return full_replays_; }

  // Replays the store through the day after its last data, so the next decision resumes
  // rather than replaying the season; for a server that starts on a full store. Does
  // nothing for an empty store; throws as decide does.
  void prepare();

  static constexpr int kHistoryDays = 28;

  // The features a recommendation carries.
  static const std::vector<std::string>& feature_names();
  // The stream whose consent governs who may see `feature` (access_control.h).
  static std::string consent_stream(const std::string& feature);

 private:
  struct Replay;  // the export and the replay's saved states, carried between decisions
  Replay& replay();
  DayDecision replay_through(Day day, bool keep);

  const LiveConfig& config_;
  Scenario scenario_;
  std::string store_dir_;
  std::unique_ptr<Replay> replay_;
  std::uint64_t full_replays_ = 0;
};

}  // namespace preseason::live
