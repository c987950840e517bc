#include "actors/planner/season_planner.h"

#include <stdexcept>

#include "actors/planner/microcycle.h"

namespace preseason {

namespace {

void check(const SeasonPlanParams& p) {
  if (p.season_end < p.season_start) throw std::invalid_argument("season_end is before season_start");
  if (p.preseason_weeks < 0) throw std::invalid_argument("preseason_weeks is negative");
  if (p.matches_per_week < 0 || p.matches_per_week > 2) throw std::invalid_argument("matches_per_week must be 0, 1 or 2");
  if (p.match_weekday == p.midweek_weekday) throw std::invalid_argument("match_weekday equals midweek_weekday");
  for (int w : {p.match_weekday, p.midweek_weekday, p.preseason_rest_weekday})
    if (w < 0 || w > 6) throw std::invalid_argument("weekday outside 0..6");
}

void mark_matches(const SeasonPlanParams& p, std::vector<PlannedDay>& days, Rng& rng) {
  const Day in_season = p.season_start + 7 * p.preseason_weeks;
  bool congested = false;
  for (std::size_t i = 0; i < days.size(); ++i) {
    PlannedDay& d = days[i];
    const int wd = weekday(d.day);
    d.preseason = d.day < in_season;
    if (d.preseason) {
      const int week = static_cast<int>((d.day - p.season_start) / 7) + 1;
      if (week >= p.preseason_first_friendly_week && wd == p.match_weekday) d.session.type = SessionType::kMatch;
      continue;
    }
    if (i == 0 || wd == 0 || d.day == in_season)
      congested = p.matches_per_week == 2 || (p.matches_per_week == 1 && rng.bernoulli(p.congested_week_probability));
    const bool weekend = p.matches_per_week >= 1 && wd == p.match_weekday;
    // A midweek match needs two clear days to the last match.
    const bool midweek = congested && wd == p.midweek_weekday && d.day >= in_season + 2;
    if (!weekend && !midweek) continue;
    d.session.type = SessionType::kMatch;
    d.away = rng.bernoulli(p.away_probability);
    if (d.away && rng.bernoulli(p.tz_travel_probability)) {
      const double shift = p.tz_shift_h.draw(rng) * (rng.bernoulli(0.5) ? 1 : -1);
      if (i > 0) days[i - 1].tz_shift_h += shift;
      if (i + 1 < days.size()) days[i + 1].tz_shift_h -= shift;
    }
  }
}

void mark_distances(std::vector<PlannedDay>& days) {
  int since = -1;
  for (PlannedDay& d : days) {
    if (d.is_match()) since = 0;
    d.days_since_match = since;
    if (since >= 0) ++since;
  }
  int to = -1;
  for (auto it = days.rbegin(); it != days.rend(); ++it) {
    if (it->is_match()) to = 0;
    it->days_to_match = to;
    if (to >= 0) ++to;
  }
}

void assign_sessions(const SeasonPlanParams& p, std::vector<PlannedDay>& days) {
  for (PlannedDay& d : days) {
    SessionType t;
    double factor = 1;
    if (d.preseason) {
      const int week = static_cast<int>((d.day - p.season_start) / 7);
      const double frac = p.preseason_weeks > 1 ? static_cast<double>(week) / (p.preseason_weeks - 1) : 1;
      if (d.is_match()) t = SessionType::kMatch;
      else if (d.days_to_match == 1) t = SessionType::kActivation;
      else if (weekday(d.day) == p.preseason_rest_weekday) t = SessionType::kRest;
      else {
        t = SessionType::kPreseason;
        factor = p.preseason_first_week_load + frac * (p.preseason_last_week_load - p.preseason_first_week_load);
      }
    } else {
      t = microcycle_session(d.days_to_match, d.days_since_match);
    }
    d.session = make_session(p.templates, t, factor);
  }
}

}  // namespace

std::vector<PlannedDay> plan_season(const SeasonPlanParams& p, Rng& rng) {
  check(p);
  std::vector<PlannedDay> days(static_cast<std::size_t>(p.season_end - p.season_start + 1));
  for (std::size_t i = 0; i < days.size(); ++i) days[i].day = p.season_start + static_cast<Day>(i);
  mark_matches(p, days, rng);
  mark_distances(days);
  assign_sessions(p, days);
  return days;
}

}  // namespace preseason
