// A pipeline digests each feature record it closes or recomputes without building it, so a
// run's decisions fingerprint costs no records. Each digest must be the digest of the
// record it stands for, keyed by athlete index as the decisions fingerprint keys records.
#include <gtest/gtest.h>

#include <map>

#include "actors/season/decisions_fingerprint.h"
#include "actors/season/season_kinds.h"
#include "scenario_test_util.h"
#include "scenarios/season_graph.h"

namespace preseason {
namespace {

struct FeatureRecords final : RecordSink {
  std::map<ActorId, std::vector<Record>> by_actor;
  bool wants(EventKind kind) const override {
    return kind == season::kFeatureRecord || kind == season::kFeatureDigest;
  }
  void write(const std::vector<Record>& records) override {
    for (const Record& r : records) by_actor[r.actor].push_back(r);
  }
};

TEST(SeasonFeatureDigest, EachDigestIsTheDigestOfItsRecord) {
  const Scenario s = load_scenario(testing::shipped("small.yaml"), {"policy={name: acwr_band}"});
  Simulation sim(season_run_options(s, 0, 2, 0));
  const SeasonGraph graph = build_season(s, 0, sim);
  FeatureRecords sink;
  sim.set_sink(&sink);
  sim.run();

  ASSERT_EQ(sink.by_actor.size(), s.squad_size);
  std::size_t checked = 0, recomputed = 0;
  for (std::uint32_t i = 0; i < s.squad_size; ++i) {
    const std::vector<Record>& records = sink.by_actor.at(graph.layout.pipeline(i));
    ASSERT_EQ(records.size() % 2, 0u);
    for (std::size_t k = 0; k < records.size(); k += 2) {
      const Record& d = records[k];
      const Record& r = records[k + 1];
      ASSERT_EQ(d.kind, season::kFeatureDigest);
      ASSERT_EQ(r.kind, season::kFeatureRecord);
      ASSERT_EQ(d.time, r.time);
      ASSERT_EQ(d.payload[0], r.payload[0]);
      const std::uint64_t expected = digest(Event{EventKey{r.time, 0, 0, i, 0, 0}, r.kind, r.payload});
      ASSERT_EQ(season::feature_digest_of(d.payload), expected) << "athlete " << i << ", day " << r.payload[0];
      ++checked;
      recomputed += r.payload[1] != 0;
    }
  }
  // Every day but the last closes once; recomputations come on top.
  const auto days = static_cast<std::size_t>(s.calendar.season_end - s.calendar.season_start + 1);
  EXPECT_GE(checked - recomputed, s.squad_size * (days - 1));
  EXPECT_GT(recomputed, 0u) << "late readings recompute closed days; their digests must match too";
}

}  // namespace
}  // namespace preseason
