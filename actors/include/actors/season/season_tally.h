// Per-run outcome totals, counted from the records of a season run as they are
// emitted: what the summary table reports per athlete-season. Each actor's records add up
// in a part of its own, in the order it emitted them, and the parts add up in id order, so
// the totals are the same bits whatever the threads.
#pragma once

#include <vector>

#include "actors/season/season_layout.h"
#include "engine/actor_sink.h"

namespace preseason::season {

struct SeasonTotals {
  double athletes = 0;
  double athlete_days = 0;
  double available_days = 0;
  double injured_days = 0;
  double injuries = 0;
  double training_injuries = 0;
  double match_injuries = 0;
  double illnesses = 0;
  double overreaching = 0;
  double training_hours = 0;
  double match_hours = 0;
  double srpe_load = 0;
  double match_performance_sum = 0;
  double matches_played = 0;
  double decisions = 0;
  double adjusted = 0;
  double actions = 0;    // rule actions carried out (done or approved)
  double overrides = 0;  // proposals of policies and rules the coach turned down

  template <class Ar> void serialize(Ar& ar, unsigned) {
    ar & athletes & athlete_days & available_days & injured_days & injuries & training_injuries & match_injuries &
        illnesses & overreaching & training_hours & match_hours & srpe_load & match_performance_sum &
        matches_played & decisions & adjusted & actions & overrides;
  }
};

// What happened between two tallies of the same run (e.g. since a checkpoint).
SeasonTotals since(const SeasonTotals& end, const SeasonTotals& start);

class SeasonTally final : public ActorSink {
 public:
  explicit SeasonTally(SeasonLayout layout) : layout_(layout), parts_(layout.end()) {}
  bool wants(EventKind kind) const override;
  void take(Time time, ActorId actor, EventKind kind, const Payload& payload, const std::string* note) override;
  // Between runs: the totals so far.
  SeasonTotals totals() const;
  // Between runs: each actor's part so far, by id, which restore() continues from.
  std::vector<SeasonTotals> parts() const;
  // Throws std::runtime_error unless there is a part per actor.
  void restore(const std::vector<SeasonTotals>& parts);

 private:
  // A cache line of its own at least: neighbouring actors run on different threads.
  struct alignas(64) Part {
    SeasonTotals totals;
  };

  SeasonLayout layout_;
  std::vector<Part> parts_;  // by actor id
};

}  // namespace preseason::season
