// A season steps two weeks at a time, recorded or not: the recorder takes records as they
// are emitted, so a recorded run holds no step's records, and has the events of an
// unrecorded one. The planner sends each week two weeks ahead, so week steps deliver the
// same events too.
#include <gtest/gtest.h>

#include "actors/season/planner_actor.h"
#include "scenario_test_util.h"
#include "scenarios/season_graph.h"
#include "scenarios/season_run.h"

namespace preseason {
namespace {

TEST(SeasonSteps, ARecordedRunStepsTwoWeeksAndHasTheEventsOfAnUnrecordedOne) {
  const Scenario s = load_scenario(testing::shipped("small.yaml"), {"policy={name: acwr_band}"});
  EXPECT_EQ(season_run_options(s, 0, 2, 0).group_lookahead, season::PlannerActor::kLead);

  SeasonRunOptions plain;
  plain.threads = 2;
  const SeasonRunResult unrecorded = run_season(s, plain);
  SeasonRunOptions recorded = plain;
  recorded.out = testing::scratch_dir() + "season_steps.h5";
  const SeasonRunResult with_file = run_season(s, recorded);

  EXPECT_GT(unrecorded.stats.events, 1000u);
  EXPECT_EQ(with_file.stats.fingerprint, unrecorded.stats.fingerprint);
  EXPECT_EQ(with_file.decisions, unrecorded.decisions);
  EXPECT_EQ(unrecorded.stats.steps, with_file.stats.steps);
}

TEST(SeasonSteps, WeekStepsDeliverTheEventsOfTwoWeekSteps) {
  const Scenario s = load_scenario(testing::shipped("small.yaml"), {"policy={name: acwr_band}"});
  const RunOptions two_weeks = season_run_options(s, 0, 2, 0);
  RunOptions one_week = two_weeks;
  one_week.group_lookahead = 7 * kDay;
  const auto run = [&](const RunOptions& o) {
    Simulation sim(o);
    const SeasonGraph graph = build_season(s, 0, sim);
    return sim.run();
  };
  const RunStats two = run(two_weeks);
  const RunStats one = run(one_week);
  EXPECT_GT(two.events, 1000u);
  EXPECT_EQ(one.fingerprint, two.fingerprint);
  EXPECT_GT(one.steps, two.steps);
}

}  // namespace
}  // namespace preseason
