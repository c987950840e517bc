// Schema of `season:`: dates, the pre-season block, the match rhythm, travel and
// session templates, mirroring SeasonPlanParams.
#pragma once

#include <string>

#include "actors/planner/season_plan_params.h"
#include "value_checks.h"
#include "weekday_names.h"

namespace preseason {

template <class B> void fields(B& b, SessionTemplate& t) {
  b.number("minutes", t.minutes, kNonNegative);
  b.number("rpe", t.rpe, kRpe);
  b.number("intensity", t.intensity, kNonNegative);
}

template <class B> void fields(B& b, SessionTemplates& t) {
  b.section("preseason", t.preseason);
  b.section("strength", t.strength);
  b.section("volume", t.volume);
  b.section("moderate", t.moderate);
  b.section("activation", t.activation);
  b.section("match", t.match);
  b.section("recovery", t.recovery);
  b.section("compensatory", t.compensatory);
}

template <class B> void fields(B& b, SeasonPlanParams& p) {
  b.date("start", p.season_start);
  b.date("end", p.season_end);
  b.require(p.season_end >= p.season_start, "end",
            expected_found("a date on or after start (" + format_date(p.season_start) + ")",
                           format_date(p.season_end)));
  const long long season_weeks = (p.season_end - p.season_start + 1) / 7;
  b.integer("preseason_weeks", p.preseason_weeks, kCount);
  b.require(p.preseason_weeks <= season_weeks, "preseason_weeks",
            expected_found("at most the season's " + std::to_string(season_weeks) + " weeks",
                           std::to_string(p.preseason_weeks)));
  b.number("preseason_first_week_load", p.preseason_first_week_load, kPositive);
  b.number("preseason_last_week_load", p.preseason_last_week_load, kPositive);
  b.integer("preseason_first_friendly_week", p.preseason_first_friendly_week, kPositiveCount);
  b.weekday("preseason_rest_weekday", p.preseason_rest_weekday);
  b.integer("matches_per_week", p.matches_per_week, kMatchesPerWeek);
  b.number("congested_week_probability", p.congested_week_probability, kProbability);
  b.weekday("match_weekday", p.match_weekday);
  b.weekday("midweek_weekday", p.midweek_weekday);
  b.require(p.midweek_weekday != p.match_weekday, "midweek_weekday",
            expected_found("a day other than match_weekday", weekday_name(p.midweek_weekday)));
  b.number("away_probability", p.away_probability, kProbability);
  b.number("tz_travel_probability", p.tz_travel_probability, kProbability);
  b.distribution("tz_shift_h", p.tz_shift_h);
  b.section("sessions", p.templates);
}

}  // namespace preseason
