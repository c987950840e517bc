// Replicates that share one load of the run's resources (policy, vendor mapping, ...)
// run exactly as replicates that each load their own; and a run uses the resources it
// is given, not a fresh load of its scenario's.
#include <gtest/gtest.h>

#include <memory>

#include "scenario_test_util.h"
#include "scenarios/season_graph.h"
#include "scenarios/season_run.h"

namespace preseason {
namespace {

SeasonRunResult run(const Scenario& s, std::uint32_t replicate, std::shared_ptr<const RunResources> resources) {
  SeasonRunOptions o;
  o.replicate = replicate;
  o.threads = 2;
  o.resources = std::move(resources);
  return run_season(s, o);
}

TEST(SeasonSharedResources, ReplicatesSharingOneLoadRunAsIfEachLoadedItsOwn) {
  const Scenario s = load_scenario(testing::shipped("small.yaml"), {"policy={name: acwr_band}"});
  const auto shared = std::make_shared<const RunResources>(load_run_resources(s));
  for (std::uint32_t r : {0u, 1u}) {
    const SeasonRunResult own = run(s, r, nullptr);
    const SeasonRunResult with_shared = run(s, r, shared);
    EXPECT_EQ(with_shared.stats.fingerprint, own.stats.fingerprint) << "replicate " << r;
    EXPECT_EQ(with_shared.decisions, own.decisions) << "replicate " << r;
    EXPECT_EQ(with_shared.totals.athlete_days, own.totals.athlete_days) << "replicate " << r;
  }
}

TEST(SeasonSharedResources, ARunDecidesWithThePolicyItIsGiven) {
  const Scenario banded = load_scenario(testing::shipped("small.yaml"), {"policy={name: acwr_band}"});
  const Scenario fixed = load_scenario(testing::shipped("small.yaml"), {"policy={name: fixed}"});
  const auto fixed_resources = std::make_shared<const RunResources>(load_run_resources(fixed));

  Simulation sim(season_run_options(banded, 0, 1, 0));
  const SeasonGraph graph = build_season(banded, 0, sim, fixed_resources);
  EXPECT_EQ(graph.shared, fixed_resources);

  const SeasonRunResult given_fixed = run(banded, 0, fixed_resources);
  EXPECT_NE(given_fixed.decisions, run(banded, 0, nullptr).decisions);
  EXPECT_EQ(given_fixed.decisions, run(fixed, 0, nullptr).decisions);
}

}  // namespace
}  // namespace preseason
