#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <stdexcept>

#include "actors/planner/season_planner.h"
#include "actors/planner/squad_selection.h"

namespace preseason {
namespace {

SeasonPlanParams params() {
  SeasonPlanParams p;
  p.season_start = parse_date("2025-06-30");
  p.season_end = parse_date("2026-05-24");
  return p;
}

TEST(PlannerSeason, CoversStartToEndOneDayEach) {
  Rng rng(1, 0, 0);
  const SeasonPlanParams p = params();
  const auto days = plan_season(p, rng);
  ASSERT_EQ(days.size(), static_cast<std::size_t>(p.season_end - p.season_start + 1));
  for (std::size_t i = 0; i < days.size(); ++i) EXPECT_EQ(days[i].day, p.season_start + static_cast<Day>(i));
}

TEST(PlannerSeason, EveryMatchIsPrecededByMdMinusOneAndFollowedByRecovery) {
  Rng rng(2, 0, 0);
  const auto days = plan_season(params(), rng);
  int matches = 0;
  for (std::size_t i = 1; i + 1 < days.size(); ++i) {
    if (!days[i].is_match()) continue;
    ++matches;
    EXPECT_EQ(days[i - 1].session.type, SessionType::kActivation) << format_date(days[i].day);
    if (!days[i].preseason) {
      EXPECT_EQ(days[i + 1].session.type, SessionType::kRecovery) << format_date(days[i].day);
    }
  }
  EXPECT_GT(matches, 40);
}

TEST(PlannerSeason, RespectsMatchesPerWeek) {
  for (int per_week : {1, 2}) {
    SeasonPlanParams p = params();
    p.matches_per_week = per_week;
    p.congested_week_probability = 0;
    Rng rng(3, 0, 0);
    const auto days = plan_season(p, rng);
    std::map<Day, int> per_monday;
    for (const PlannedDay& d : days)
      if (!d.preseason && d.is_match()) ++per_monday[d.day - weekday(d.day)];
    for (const auto& [monday, n] : per_monday) EXPECT_EQ(n, per_week) << format_date(monday);
    EXPECT_GE(per_monday.size(), 38u);
  }
}

TEST(PlannerSeason, CongestedWeeksAddMidweekMatchesAtTheConfiguredRate) {
  SeasonPlanParams p = params();
  p.congested_week_probability = 0.3;
  int weeks = 0, congested = 0;
  for (int r = 0; r < 30; ++r) {
    Rng rng(4, r, 0);
    std::map<Day, int> per_monday;
    for (const PlannedDay& d : plan_season(p, rng))
      if (!d.preseason && d.is_match()) ++per_monday[d.day - weekday(d.day)];
    for (const auto& [monday, n] : per_monday) {
      ++weeks;
      congested += n == 2;
    }
  }
  EXPECT_NEAR(double(congested) / weeks, 0.3, 0.04);
}

TEST(PlannerSeason, PreseasonBuildsUpAndTravelReturnsHome) {
  Rng rng(5, 0, 0);
  SeasonPlanParams p = params();
  p.tz_travel_probability = 1;
  const auto days = plan_season(p, rng);
  double first_week = 0, last_week = 0;
  double net_shift = 0;
  int shifts = 0;
  for (const PlannedDay& d : days) {
    const Day week = (d.day - p.season_start) / 7;
    if (week == 0) first_week += d.session.minutes;
    if (week == p.preseason_weeks - 1) last_week += d.session.minutes;
    net_shift += d.tz_shift_h;
    shifts += d.tz_shift_h != 0;
    EXPECT_LE(std::abs(d.tz_shift_h), 4.0);
  }
  EXPECT_GT(last_week, first_week * 1.2);
  EXPECT_NEAR(net_shift, 0, 1e-9);
  EXPECT_GT(shifts, 20);
}

TEST(PlannerSeason, SameRngSameCalendar) {
  Rng a(6, 0, 0), b(6, 0, 0);
  const auto x = plan_season(params(), a), y = plan_season(params(), b);
  ASSERT_EQ(x.size(), y.size());
  for (std::size_t i = 0; i < x.size(); ++i) {
    EXPECT_EQ(x[i].session.type, y[i].session.type);
    EXPECT_EQ(x[i].tz_shift_h, y[i].tz_shift_h);
  }
}

TEST(PlannerSeason, RejectsInconsistentInput) {
  SeasonPlanParams p = params();
  p.season_end = p.season_start - 1;
  Rng rng(1, 0, 0);
  EXPECT_THROW(plan_season(p, rng), std::invalid_argument);
  p = params();
  p.matches_per_week = 3;
  EXPECT_THROW(plan_season(p, rng), std::invalid_argument);
}

TEST(PlannerSquadSelection, StartersRecoverNonStartersCompensate) {
  SquadRoleParams roles;
  roles.starter_probability = Distribution::fixed(1);
  roles.substituted_probability = 0;
  SessionTemplates templates;
  Rng rng(1, 0, 0);
  SquadSelection starter(roles, templates, rng);
  roles.starter_probability = Distribution::fixed(0);
  roles.bench_appearance_probability = 0;
  SquadSelection unused(roles, templates, rng);
  PlannedDay match;
  match.session = make_session(templates, SessionType::kMatch);
  PlannedDay after;
  after.session = make_session(templates, SessionType::kRecovery);
  EXPECT_EQ(starter.session_for(match, rng).minutes, templates.match.minutes);
  EXPECT_EQ(starter.session_for(after, rng).type, SessionType::kRecovery);
  EXPECT_TRUE(unused.session_for(match, rng).is_rest());
  EXPECT_EQ(unused.session_for(after, rng).type, SessionType::kCompensatory);
}

}  // namespace
}  // namespace preseason
