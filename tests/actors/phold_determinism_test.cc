#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

#include "actors/phold.h"
#include "engine/simulation.h"
#include "engine/trace_writer.h"

namespace preseason {
namespace {

struct Outcome {
  RunStats stats;
  std::string trace_bytes;
};

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

Outcome run_phold(unsigned threads, unsigned shards, Placement placement, bool trace,
                  SchedulerPolicy policy = SchedulerPolicy::kSharing, std::uint64_t seed = 11) {
  RunOptions o;
  o.seed = seed;
  o.threads = threads;
  o.shards = shards;
  o.policy = policy;
  o.lookahead = kMillisecond;
  o.end = 200 * kMillisecond;
  const PholdParams params{300, 2, o.lookahead};
  Simulation sim(o);
  for (ActorId id = 0; id < params.actors; ++id) sim.add(std::make_unique<PholdActor>(id, params), placement);
  const std::string path =
      ::testing::TempDir() + "phold_" + std::to_string(threads) + "_" + std::to_string(shards) + ".h5";
  Outcome out;
  if (trace) {
    TraceWriter writer(path);
    sim.set_sink(&writer);
    out.stats = sim.run();
    writer.finish();
    out.trace_bytes = slurp(path);
    std::remove(path.c_str());
  } else {
    out.stats = sim.run();
  }
  return out;
}

TEST(PholdDeterminism, SameFingerprintWithOneTwoAndFourThreads) {
  const Outcome one = run_phold(1, 0, Placement::kSharded, false);
  EXPECT_GT(one.stats.events, 50000u);
  for (unsigned threads : {2u, 4u}) {
    const Outcome other = run_phold(threads, 0, Placement::kSharded, false);
    EXPECT_EQ(other.stats.fingerprint.hex(), one.stats.fingerprint.hex()) << threads << " threads";
    EXPECT_EQ(other.stats.events, one.stats.events);
  }
}

TEST(PholdDeterminism, SameFingerprintWithAnyShardCountAndPolicy) {
  const Outcome base = run_phold(2, 1, Placement::kSharded, false);
  for (unsigned shards : {2u, 3u, 7u}) {
    EXPECT_EQ(run_phold(2, shards, Placement::kSharded, false).stats.fingerprint, base.stats.fingerprint) << shards;
  }
  EXPECT_EQ(run_phold(2, 4, Placement::kSharded, false, SchedulerPolicy::kStealing).stats.fingerprint,
            base.stats.fingerprint);
}

TEST(PholdDeterminism, OneCafActorPerActorGivesTheShardedFingerprint) {
  const Outcome sharded = run_phold(2, 0, Placement::kSharded, false);
  const Outcome dedicated = run_phold(2, 0, Placement::kDedicated, false);
  EXPECT_EQ(dedicated.stats.fingerprint.hex(), sharded.stats.fingerprint.hex());
}

TEST(PholdDeterminism, TraceFilesAreByteIdenticalAcrossThreadCounts) {
  const Outcome one = run_phold(1, 0, Placement::kSharded, true);
  const Outcome two = run_phold(2, 0, Placement::kSharded, true);
  const Outcome four = run_phold(4, 3, Placement::kSharded, true);
  ASSERT_GT(one.trace_bytes.size(), 1000u);
  EXPECT_TRUE(one.trace_bytes == two.trace_bytes);
  EXPECT_TRUE(one.trace_bytes == four.trace_bytes);
}

TEST(PholdDeterminism, AnotherSeedChangesTheFingerprint) {
  EXPECT_NE(run_phold(2, 0, Placement::kSharded, false, SchedulerPolicy::kSharing, 11).stats.fingerprint,
            run_phold(2, 0, Placement::kSharded, false, SchedulerPolicy::kSharing, 12).stats.fingerprint);
}

}  // namespace
}  // namespace preseason
