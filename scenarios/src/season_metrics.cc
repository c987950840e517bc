#include "scenarios/season_metrics.h"

#include <limits>

namespace preseason {

namespace {

double ratio(double a, double b) { return b > 0 ? a / b : std::numeric_limits<double>::quiet_NaN(); }

}  // namespace

const std::vector<SeasonMetric>& season_metrics() {
  using T = season::SeasonTotals;
  static const std::vector<SeasonMetric> metrics = {
      {"injuries_per_athlete_season", "injuries / athlete-season", [](const T& t) { return ratio(t.injuries, t.athletes); }},
      {"days_lost_per_athlete_season", "days lost to injury / athlete-season",
       [](const T& t) { return ratio(t.injured_days, t.athletes); }},
      {"illness_per_athlete_season", "illnesses / athlete-season", [](const T& t) { return ratio(t.illnesses, t.athletes); }},
      {"overreaching_per_athlete_season", "overreaching episodes / athlete-season",
       [](const T& t) { return ratio(t.overreaching, t.athletes); }},
      {"availability_pct", "availability %", [](const T& t) { return 100 * ratio(t.available_days, t.athlete_days); }},
      {"match_performance", "mean match-day performance", [](const T& t) { return ratio(t.match_performance_sum, t.matches_played); }},
      {"load_per_athlete_season", "total sRPE load / athlete-season (AU)", [](const T& t) { return ratio(t.srpe_load, t.athletes); }},
      {"training_incidence", "training injuries / 1000 h",
       [](const T& t) { return 1000 * ratio(t.training_injuries, t.training_hours); }},
      {"match_incidence", "match injuries / 1000 h", [](const T& t) { return 1000 * ratio(t.match_injuries, t.match_hours); }},
      {"adjusted_pct", "sessions adjusted by the policy %", [](const T& t) { return 100 * ratio(t.adjusted, t.decisions); }},
      {"actions_per_athlete_season", "rule actions / athlete-season",
       [](const T& t) { return ratio(t.actions, t.athletes); }},
      {"overrides_per_athlete_season", "coach overrides / athlete-season",
       [](const T& t) { return ratio(t.overrides, t.athletes); }},
  };
  return metrics;
}

}  // namespace preseason
