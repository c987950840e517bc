// Turns the team's planned day into one athlete's planned session: who starts,
// who comes off the bench, and MD+1 recovery for those who played against a
// compensatory session for those who did not.
#pragma once

#include "actors/athlete/distribution.h"
#include "actors/planner/planned_day.h"
#include "actors/planner/session_templates.h"

namespace preseason {

struct SquadRoleParams {
  // Chance of starting a competitive match, drawn once per athlete (11 of ~25).
  Distribution starter_probability = Distribution::uniform(0.1, 0.85);
  double substituted_probability = 0.3;  // a starter leaves early
  Distribution minutes_when_substituted = Distribution::uniform(60, 85);
  double bench_appearance_probability = 0.35;  // a non-starter comes on
  Distribution bench_minutes = Distribution::uniform(5, 30);
  Distribution friendly_minutes = Distribution::uniform(30, 65);
  // Played at least this long in the last match -> MD+1 recovery, else compensatory.
  double recovery_threshold_min = 60;

  template <class Ar> void serialize(Ar& ar, unsigned) {
    ar & starter_probability & substituted_probability & minutes_when_substituted & bench_appearance_probability &
        bench_minutes & friendly_minutes & recovery_threshold_min;
  }
};

class SquadSelection {
 public:
  SquadSelection() = default;
  SquadSelection(const SquadRoleParams& p, const SessionTemplates& templates, Rng& rng);

  // Call once per day, in order. Unused substitutes get a rest session on match day.
  Session session_for(const PlannedDay& team_day, Rng& rng);

  double starter_probability() const { return starter_probability_; }
  double last_match_minutes() const { return last_match_minutes_; }

  template <class Ar> void serialize(Ar& ar, unsigned) {
    ar & p_ & templates_ & starter_probability_ & last_match_minutes_;
  }

 private:
  SquadRoleParams p_;
  SessionTemplates templates_;
  double starter_probability_ = 0.5;
  double last_match_minutes_ = 0;
};

}  // namespace preseason
