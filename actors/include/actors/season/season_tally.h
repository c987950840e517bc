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
};

class SeasonTally final : public RecordSink {
 public:
  explicit SeasonTally(SeasonLayout layout) { totals_.athletes = layout.athletes; }
  void write(const std::vector<Record>& records) override;
  bool wants(EventKind kind) const override;
  const SeasonTotals& totals() const { return totals_; }

 private:
  SeasonTotals totals_;
};

}  // namespace preseason::season
