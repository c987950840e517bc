// A replay runs each pipeline as a group a week at a time, the source sending each week a
// week ahead; live mode replays with no group lookahead. Both must conclude what the
// recorded run concluded and deliver every reading and raw sample, on any thread count.
#include <gtest/gtest.h>

#include "actors/season/decisions_fingerprint.h"
#include "actors/season/pipeline_actor.h"
#include "scenario_test_util.h"
#include "scenarios/replay_graph.h"
#include "scenarios/season_run.h"

namespace preseason {
namespace {

struct Replayed {
  Fingerprint decisions;
  season::PipelineCounts delivered;
  RunStats stats;
};

Replayed replay(const std::string& path, Time group_lookahead, unsigned threads) {
  ReplayRequest request;
  request.path = path;
  request.threads = threads;
  request.group_lookahead = group_lookahead;
  const ReplayPlan plan = plan_replay(request);
  EXPECT_EQ(plan.run.group_lookahead, group_lookahead);
  Simulation sim(plan.run);
  const ReplayGraph graph = build_replay(plan, sim);
  season::DecisionsFingerprint decisions(plan.layout);
  sim.add_actor_sink(&decisions);
  Replayed out;
  out.stats = sim.run();
  out.decisions = decisions.fingerprint();
  for (std::uint32_t index : plan.indexes) {
    const auto& p = dynamic_cast<const season::PipelineActor&>(*sim.find(plan.layout.pipeline(index)));
    out.delivered.readings += p.counts().readings;
    out.delivered.raw_samples += p.counts().raw_samples;
    out.delivered.late_readings += p.counts().late_readings;
  }
  return out;
}

TEST(ReplayGroups, WeekAheadStepsConcludeAndDeliverWhatTheRunDid) {
  const Scenario s = load_scenario(testing::shipped("small.yaml"), {"policy={name: acwr_band}"});
  SeasonRunOptions record;
  record.out = testing::scratch_dir() + "replay_groups.h5";
  const SeasonRunResult run = run_season(s, record);

  const Replayed live = replay(record.out, 0, 1);
  EXPECT_EQ(live.decisions, run.decisions);
  EXPECT_GT(live.delivered.readings, 1000u);
  EXPECT_GT(live.delivered.raw_samples, 0u);
  EXPECT_GT(live.delivered.late_readings, 0u) << "late uploads must cross week boundaries in the check";
  for (unsigned threads : {1u, 2u}) {
    const Replayed grouped = replay(record.out, 7 * kDay, threads);
    EXPECT_EQ(grouped.decisions, run.decisions) << threads << " thread(s)";
    EXPECT_EQ(grouped.delivered.readings, live.delivered.readings);
    EXPECT_EQ(grouped.delivered.raw_samples, live.delivered.raw_samples);
    EXPECT_EQ(grouped.delivered.late_readings, live.delivered.late_readings);
    EXPECT_LT(grouped.stats.steps, live.stats.steps);
  }
}

}  // namespace
}  // namespace preseason
