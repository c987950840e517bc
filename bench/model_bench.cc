// The domain model alone in a bare loop, no engine: a squad over a 44-week season,
// day by day (planner -> squad selection -> athlete morning -> devices morning ->
// train -> devices session -> end of day). items_per_second = athlete-days/s, the
// budget the engine's own cost is added to.
#include <benchmark/benchmark.h>

#include <cstdint>
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

struct Member {
  Rng rng;
  Athlete athlete;
  SquadSelection selection;
  Ring ring;
  Strap strap;
  Watch watch;
  GpsUnit gps;
  WellnessApp app;
  EnvironmentSensor room;
};

SeasonPlanParams season() {
  SeasonPlanParams plan;
  plan.season_start = parse_date("2025-06-30");
  plan.season_end = plan.season_start + 44 * 7 - 1;
  return plan;
}

std::vector<Member> make_squad(const SeasonPlanParams& plan, int athletes, std::uint64_t replicate) {
  const AthletePopulation population;
  const SquadRoleParams roles;
  std::vector<Member> squad;
  squad.reserve(static_cast<std::size_t>(athletes));
  for (int i = 0; i < athletes; ++i) {
    Rng rng(11, replicate, 1 + static_cast<std::uint64_t>(i));
    Athlete athlete(population.draw(rng), plan.season_start, rng);
    SquadSelection selection(roles, plan.templates, rng);
    Ring ring(RingParams{}, rng);
    Strap strap(StrapParams{}, rng);
    Watch watch(WatchParams{}, rng);
    GpsUnit gps(GpsParams{}, rng);
    WellnessApp app(WellnessAppParams{}, rng);
    EnvironmentSensor room(EnvironmentParams{}, rng);
    squad.push_back({rng, athlete, selection, ring, strap, watch, gps, app, room});
  }
  return squad;
}

// Day-major like the engine: every athlete's day before anyone's next day.
void run_season(const std::vector<PlannedDay>& days, std::vector<Member>& squad, bool with_devices,
                std::vector<Reading>& readings) {
  for (const PlannedDay& d : days) {
    for (Member& s : squad) {
      readings.clear();
      Rng& rng = s.rng;
      Session session = s.selection.session_for(d, rng);
      const MorningState m = s.athlete.morning(rng);
      if (with_devices) {
        s.ring.morning(m, rng, readings);
        s.strap.morning(m, rng, readings);
        s.watch.morning(m, rng, readings);
        s.app.morning(m, rng, readings);
        s.room.morning(d.day, rng, readings);
      }
      if (!m.availability.can_train()) session = Session{};
      const SessionOutcome out = s.athlete.train(session, rng);
      if (with_devices) {
        const Time end = at(d.day, session.is_match() ? Phase::kMatch : Phase::kTraining) +
                         static_cast<Time>(out.minutes * kMinute);
        s.gps.session(end, out, rng, readings);
        s.watch.session(end, out, rng, readings);
        s.app.session(end, out, rng, readings);
        s.strap.end_of_day(d.day, s.athlete.today_load(), rng, readings);
      }
      DayContext ctx;
      ctx.tz_shift_h = d.tz_shift_h;
      if (out.type == SessionType::kMatch && out.minutes > 0 && rng.bernoulli(0.3)) ctx.alcohol_units = rng.uniform(2, 6);
      s.athlete.end_of_day(ctx, rng);
      benchmark::DoNotOptimize(readings.data());
    }
  }
}

void BM_SquadSeason(benchmark::State& state, bool with_devices) {
  const int athletes = static_cast<int>(state.range(0));
  const SeasonPlanParams plan = season();
  std::uint64_t replicate = 0;
  std::vector<Reading> readings;
  readings.reserve(64);
  std::int64_t athlete_days = 0;
  for (auto _ : state) {
    state.PauseTiming();
    std::vector<Member> squad = make_squad(plan, athletes, replicate);
    state.ResumeTiming();
    Rng team_rng(11, replicate++, 0);
    const std::vector<PlannedDay> days = plan_season(plan, team_rng);
    run_season(days, squad, with_devices, readings);
    athlete_days += static_cast<std::int64_t>(days.size()) * athletes;
  }
  state.SetItemsProcessed(athlete_days);
  state.counters["bytes_per_athlete"] = static_cast<double>(sizeof(Member) - sizeof(Rng));
}

BENCHMARK_CAPTURE(BM_SquadSeason, athlete_only, false)->Arg(25)->Arg(2500)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_SquadSeason, athlete_and_devices, true)->Arg(25)->Arg(2500)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace preseason

BENCHMARK_MAIN();
