// Bare-loop season: planner, squad selection and athlete model driven directly
// (no engine), checked against elite-football injury epidemiology.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <vector>

#include "actors/athlete/athlete.h"
#include "actors/devices/environment_sensor.h"
#include "actors/devices/gps_unit.h"
#include "actors/devices/ring.h"
#include "actors/devices/strap.h"
#include "actors/devices/watch.h"
#include "actors/devices/wellness_app.h"
#include "actors/planner/season_planner.h"
#include "actors/planner/squad_selection.h"

namespace preseason {
namespace {

struct SeasonTotals {
  double training_h = 0, match_h = 0;
  int training_injuries = 0, match_injuries = 0;
  int player_seasons = 0;
  long athlete_days = 0;
  long readings = 0;
};

struct Squad {
  Athlete athlete;
  SquadSelection selection;
  Ring ring;
  Strap strap;
  Watch watch;
  GpsUnit gps;
  WellnessApp app;
  EnvironmentSensor room;
};

SeasonTotals simulate(int athletes, int replicates, bool with_devices) {
  SeasonPlanParams plan;
  plan.season_start = parse_date("2025-06-30");
  plan.season_end = plan.season_start + 44 * 7 - 1;
  AthletePopulation population;
  SquadRoleParams roles;
  SeasonTotals t;
  std::vector<Reading> readings;
  readings.reserve(64);
  for (int r = 0; r < replicates; ++r) {
    Rng team_rng(7, r, 0);
    const std::vector<PlannedDay> days = plan_season(plan, team_rng);
    for (int i = 0; i < athletes; ++i) {
      Rng rng(7, r, 1 + i);
      Squad s{Athlete(population.draw(rng), plan.season_start, rng), SquadSelection(roles, plan.templates, rng),
              Ring(RingParams{}, rng), Strap(StrapParams{}, rng), Watch(WatchParams{}, rng),
              GpsUnit(GpsParams{}, rng), WellnessApp(WellnessAppParams{}, rng),
              EnvironmentSensor(EnvironmentParams{}, rng)};
      for (const PlannedDay& d : days) {
        readings.clear();
        const MorningState m = s.athlete.morning(rng);
        Session session = s.selection.session_for(d, rng);
        if (!m.availability.can_train()) session = Session{};
        const SessionOutcome out = s.athlete.train(session, rng);
        if (out.minutes > 0) {
          (session.is_match() ? t.match_h : t.training_h) += out.minutes / 60;
          if (out.injured) ++(session.is_match() ? t.match_injuries : t.training_injuries);
        }
        if (with_devices) {
          const Time end = at(d.day, session.is_match() ? Phase::kMatch : Phase::kTraining) +
                           static_cast<Time>(out.minutes * kMinute);
          s.ring.morning(m, rng, readings);
          s.strap.morning(m, rng, readings);
          s.watch.morning(m, rng, readings);
          s.app.morning(m, rng, readings);
          s.room.morning(d.day, rng, readings);
          s.gps.session(end, out, rng, readings);
          s.watch.session(end, out, rng, readings);
          s.app.session(end, out, rng, readings);
          s.strap.end_of_day(d.day, s.athlete.today_load(), rng, readings);
          t.readings += static_cast<long>(readings.size());
        }
        DayContext ctx;
        ctx.tz_shift_h = d.tz_shift_h;
        if (out.type == SessionType::kMatch && out.minutes > 0 && rng.bernoulli(0.3)) ctx.alcohol_units = rng.uniform(2, 6);
        s.athlete.end_of_day(ctx, rng);
        ++t.athlete_days;
      }
      ++t.player_seasons;
    }
  }
  return t;
}

TEST(AthleteSeason, InjuryIncidenceMatchesEliteFootball) {
  const SeasonTotals t = simulate(25, 20, false);
  const double training_rate = 1000 * t.training_injuries / t.training_h;
  const double match_rate = 1000 * t.match_injuries / t.match_h;
  const double per_season = double(t.training_injuries + t.match_injuries) / t.player_seasons;
  std::printf("training %.2f /1000h (%.0f h/player), match %.2f /1000h (%.1f h/player), %.2f injuries/player-season\n",
              training_rate, t.training_h / t.player_seasons, match_rate, t.match_h / t.player_seasons, per_season);
  EXPECT_NEAR(training_rate, 4.0, 2.0);
  EXPECT_NEAR(match_rate, 27.5, 13.75);
  EXPECT_GE(per_season, 1.0);
  EXPECT_LE(per_season, 3.0);
}

TEST(AthleteSeason, WholeModelIsCheapPerAthleteDay) {
  const auto start = std::chrono::steady_clock::now();
  const SeasonTotals t = simulate(25, 4, true);
  const double ns = std::chrono::duration<double, std::nano>(std::chrono::steady_clock::now() - start).count();
  const double per_day = ns / t.athlete_days;
  std::printf("athlete + 6 devices + planner: %.0f ns per athlete-day, %.1f readings/day\n", per_day,
              double(t.readings) / t.athlete_days);
  EXPECT_GT(double(t.readings) / t.athlete_days, 15);
  // Generous against machine noise; the design target is well under 1 us.
  EXPECT_LT(per_day, 5000);
}

}  // namespace
}  // namespace preseason
