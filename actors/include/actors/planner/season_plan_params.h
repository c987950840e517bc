// Inputs of the season planner: dates, the pre-season block, the match rhythm
// and travel. Weekdays count from Monday = 0.
#pragma once

#include "actors/athlete/distribution.h"
#include "actors/planner/session_templates.h"
#include "data/time.h"

namespace preseason {

struct SeasonPlanParams {
  Day season_start = 0;  // first day of pre-season
  Day season_end = 0;    // last day planned, inclusive
  int preseason_weeks = 6;
  // Pre-season session minutes as a share of the template, rising linearly from
  // the first week to the last (progressive build-up).
  double preseason_first_week_load = 0.6;
  double preseason_last_week_load = 1.1;
  int preseason_first_friendly_week = 3;  // 1-based; one friendly a week from then on
  int preseason_rest_weekday = 6;
  int matches_per_week = 1;  // 0, 1 or 2
  // Chance that a one-match week gets an extra midweek match (cup, Europe).
  double congested_week_probability = 0.2;
  int match_weekday = 5;    // Saturday
  int midweek_weekday = 2;  // Wednesday
  double away_probability = 0.5;
  // Chance that an away match crosses time zones, and by how many (magnitude,
  // hours; the direction is east or west with equal chance).
  double tz_travel_probability = 0.15;
  Distribution tz_shift_h = Distribution::uniform(1, 3.999);
  SessionTemplates templates;

  template <class Ar> void serialize(Ar& ar, unsigned) {
    ar & season_start & season_end & preseason_weeks & preseason_first_week_load & preseason_last_week_load &
        preseason_first_friendly_week & preseason_rest_weekday & matches_per_week & congested_week_probability &
        match_weekday & midweek_weekday & away_probability & tz_travel_probability & tz_shift_h & templates;
  }
};

// Monday = 0 ... Sunday = 6 (1970-01-01 was a Thursday).
constexpr int weekday(Day d) { return static_cast<int>(((d % 7) + 7 + 3) % 7); }

}  // namespace preseason
