// The bare loop that benchmarks compare the engine against runs the same season: the same
// events (fingerprint) as the engine's week-long grouped steps, on any thread count.
#include <gtest/gtest.h>

#include "scenario_test_util.h"
#include "scenarios/season_graph.h"

namespace preseason {
namespace {

Fingerprint season_fingerprint(const Scenario& s, bool bare, unsigned threads) {
  Simulation sim(season_run_options(s, 0, threads, 0));
  const SeasonGraph graph = build_season(s, 0, sim);
  return bare ? sim.run_bare().fingerprint : sim.run().fingerprint;
}

TEST(SeasonBareLoop, DeliversTheEventsOfTheGroupedEngine) {
  const Scenario s = load_scenario(testing::shipped("small.yaml"), {"policy={name: acwr_band}"});
  const Fingerprint bare = season_fingerprint(s, true, 1);
  EXPECT_GT(bare.events(), 1000u);
  EXPECT_EQ(season_fingerprint(s, false, 1), bare);
  EXPECT_EQ(season_fingerprint(s, false, 2), bare);
}

}  // namespace
}  // namespace preseason
