// Per-run outcome totals, counted from the records of a season run as they are
// emitted: what the summary table reports per athlete-season.
#pragma once

#include "actors/season/season_layout.h"
#include "engine/record.h"

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

class SeasonTally final : public RecordSink {
 public:
  explicit SeasonTally(SeasonLayout layout) { totals_.athletes = layout.athletes; }
  void write(const std::vector<Record>& records) override;
  bool wants(EventKind kind) const override;
  const SeasonTotals& totals() const { return totals_; }
  SeasonTotals& totals() { return totals_; }

 private:
  SeasonTotals totals_;
};

}  // namespace preseason::season
