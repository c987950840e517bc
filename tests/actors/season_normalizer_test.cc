#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <map>
#include <sstream>

#include "actors/features/feature_id.h"
#include "actors/season/fused_scores.h"
#include "actors/season/pipeline_actor.h"
#include "actors/season/season_kinds.h"
#include "engine/simulation.h"

namespace preseason::season {
namespace {

const std::string kMapping = std::string(PRESEASON_SOURCE_DIR) + "/scenarios/mappings/vendors.yaml";
const Day kFirst = parse_date("2025-07-07");
constexpr int kDays = 14;

// Readings of one day arriving at 07:00, before that day's decision.
struct DayReadings {
  Day day;
  std::vector<std::pair<Field, double>> values;
};

class Feeder final : public StatefulActor<Feeder> {
 public:
  Feeder(ActorId id, std::map<ActorId, std::vector<DayReadings>> plan) : StatefulActor(id), plan_(std::move(plan)) {}
  const char* type() const override { return "feeder"; }
  void start(Context& ctx) override {
    for (const auto& [pipeline, days] : plan_) {
      for (const DayReadings& d : days) {
        auto batch = std::make_shared<SampleBatch>();
        for (const auto& [field, v] : d.values)
          batch->push_back(Sample{start_of(d.day) + 6 * kHour, static_cast<std::uint32_t>(field), v});
        Payload p;
        p.batch = std::move(batch);
        ctx.send(pipeline, start_of(d.day) + 7 * kHour, kReadings, std::move(p));
      }
    }
  }
  void handle(const Event&, Context&) override {}
  template <class Ar> void serialize(Ar&, unsigned) {}

 private:
  std::map<ActorId, std::vector<DayReadings>> plan_;
};

// The latest feature record of each pipeline and day.
class LatestFeatures final : public RecordSink {
 public:
  bool wants(EventKind kind) const override { return kind == kFeatureRecord; }
  void write(const std::vector<Record>& records) override {
    for (const Record& r : records) {
      std::vector<double>& row = rows[{r.actor, static_cast<Day>(r.payload[0])}];
      row.clear();
      for (const Sample& s : *r.payload.batch) row.push_back(s.value);
    }
  }
  double at(ActorId pipeline, Day day, std::size_t channel) const { return rows.at({pipeline, day}).at(channel); }
  std::map<std::pair<ActorId, Day>, std::vector<double>> rows;
};

struct PipelineRun {
  LatestFeatures features;
  std::map<ActorId, PipelineCounts> counts;
  std::map<ActorId, double> recovery_day0;
};

PipelineRun run_pipelines(const VendorMapping& mapping, const std::map<ActorId, std::vector<DayReadings>>& plan) {
  RunOptions o;
  o.start = start_of(kFirst);
  o.end = start_of(kFirst + kDays) + 12 * kHour;
  o.lookahead = 15 * kMinute;
  Simulation sim(o);
  const auto policy = make_policy(PolicySpec{});
  PipelineRun out;
  sim.set_sink(&out.features);
  sim.emplace<Feeder>(0, plan);
  std::vector<PipelineActor*> pipelines;
  for (const auto& [id, days] : plan) {
    PipelineSetup p;
    p.first_day = kFirst;
    p.last_day = kFirst + kDays - 1;
    p.policy = policy.get();
    p.mapping = &mapping;
    pipelines.push_back(&sim.emplace<PipelineActor>(id, std::move(p)));
  }
  sim.run();
  for (const PipelineActor* p : pipelines) {
    out.counts[p->id()] = p->counts();
    out.recovery_day0[p->id()] = p->scores().value("", "strap", "recovery", kFirst);
  }
  return out;
}

TEST(SeasonNormalizer, TheMappingCoversEverySimulatedField) {
  const VendorMapping m = VendorMapping::load(kMapping);
  const FieldRoutes routes(m);
  for (int f = 0; f < kFieldCount; ++f)
    EXPECT_NE(routes[static_cast<Field>(f)].spec, nullptr) << field_info(static_cast<Field>(f)).vendor_name;
}

constexpr std::size_t kReadinessZ = kFeatureCount;  // fused readiness z, after the features

TEST(SeasonNormalizer, OutOfRangeReadingIsDroppedAndCountedNotClamped) {
  const VendorMapping m = VendorMapping::load(kMapping);
  const PipelineRun r = run_pipelines(m, {{1, {{kFirst, {{Field::kStrapRecovery, 120}, {Field::kRingLnRmssd, 4}}}}}});
  EXPECT_EQ(r.counts.at(1).readings, 2u);
  EXPECT_EQ(r.counts.at(1).out_of_range, 1u);
  EXPECT_TRUE(std::isnan(r.recovery_day0.at(1)));
  EXPECT_TRUE(std::isnan(r.features.at(1, kFirst, index(Feature::kHrv7)))) << "hrv7 needs 3 nights";
}

TEST(SeasonNormalizer, ConvertsUnitsOnTheWayToTheInputs) {
  const VendorMapping m = VendorMapping::load(kMapping);
  const PipelineRun r = run_pipelines(m, {{1, {{kFirst, {{Field::kRingSleepTotal, 7.2 * 3600}}}}}});
  EXPECT_NEAR(r.features.at(1, kFirst, index(Feature::kSleepDebt7)), 8.2 - 7.2, 1e-9);  // seconds -> hours
}

std::vector<DayReadings> ring_and_strap_hrv() {
  std::vector<DayReadings> days;
  for (Day d = kFirst; d < kFirst + 3; ++d) {
    // The strap first on one day and last on another: the order within a batch does not matter.
    if (d == kFirst) days.push_back({d, {{Field::kStrapHrv, std::exp(5.0)}, {Field::kRingLnRmssd, 4}}});
    else days.push_back({d, {{Field::kRingLnRmssd, 4}, {Field::kStrapHrv, std::exp(5.0)}}});
  }
  return days;
}

TEST(SeasonNormalizer, RingBeforeStrapForHrvAsTheMappingLists) {
  const VendorMapping m = VendorMapping::load(kMapping);
  const PipelineRun r = run_pipelines(m, {{1, ring_and_strap_hrv()}});
  EXPECT_DOUBLE_EQ(r.features.at(1, kFirst + 2, index(Feature::kHrv7)), 4);

  // The same readings under a mapping that lists the strap first.
  std::ifstream in(kMapping);
  std::stringstream text;
  text << in.rdbuf();
  std::string yaml = text.str();
  const std::string ring_first = "sources: [ring, strap]";
  ASSERT_NE(yaml.find(ring_first), std::string::npos);
  yaml.replace(yaml.find(ring_first), ring_first.size(), "sources: [strap, ring]");
  const std::string path = ::testing::TempDir() + "strap_first_vendors.yaml";
  std::ofstream(path) << yaml;
  const VendorMapping strap_first = VendorMapping::load(path);
  EXPECT_NEAR(run_pipelines(strap_first, {{1, ring_and_strap_hrv()}}).features.at(1, kFirst + 2, index(Feature::kHrv7)), 5,
              1e-12);
}

TEST(SeasonNormalizer, FusedReadinessScoresEachDeviceAgainstItsOwnBaseline) {
  // One underlying readiness, reported by a ring (70 + 2u) to one pipeline and by a
  // watch (20 + 10u) to another: different scales and offsets, the same change.
  const int u[kDays] = {3, 1, 4, 1, 5, 2, 6, 2, 3, 5, 0, 6, 4, 1};
  std::vector<DayReadings> ring, watch;
  for (int i = 0; i < kDays; ++i) {
    ring.push_back({kFirst + i, {{Field::kRingReadiness, 70.0 + 2 * u[i]}}});
    watch.push_back({kFirst + i, {{Field::kWatchBodyBattery, 20.0 + 10 * u[i]}}});
  }
  const VendorMapping m = VendorMapping::load(kMapping);
  const PipelineRun r = run_pipelines(m, {{1, ring}, {2, watch}});
  EXPECT_TRUE(std::isnan(r.features.at(1, kFirst + 6, kReadinessZ))) << "a baseline needs 7 days";
  int scored = 0;
  for (Day d = kFirst + 7; d < kFirst + kDays - 1; ++d) {
    const double ring_z = r.features.at(1, d, kReadinessZ), watch_z = r.features.at(2, d, kReadinessZ);
    ASSERT_FALSE(std::isnan(ring_z)) << format_date(d);
    EXPECT_NEAR(ring_z, watch_z, 1e-12) << format_date(d);
    scored += ring_z != 0;
  }
  EXPECT_GT(scored, 3);
  EXPECT_EQ(fused_column(0), "fused_readiness_z");
}

}  // namespace
}  // namespace preseason::season
