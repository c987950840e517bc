// The predictor inside a season: each pipeline steps its own LSTM state once per
// closed day, in day order, and the risk it records for a day is what a fresh LSTM
// gives over that athlete's feature records up to that day.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>
#include <map>

#include "actors/predictor/model_file.h"
#include "actors/season/pipeline_actor.h"
#include "actors/season/season_kinds.h"
#include "engine/random.h"
#include "scenario_test_util.h"
#include "scenarios/season_graph.h"

namespace preseason {
namespace {

using ::testing::HasSubstr;

const std::vector<std::string> kFeatures = {"acwr_ewma", "tsb", "hrv_z", "sleep_debt7", "monotony"};

std::string save_random_model(const std::string& name, std::uint64_t seed) {
  PredictorModel m;
  m.encoder = FeatureEncoder(kFeatures, {1.0, 0.0, 0.0, 3.0, 1.5}, {0.3, 20.0, 1.0, 2.0, 0.5});
  Rng rng(seed, 0, 0);
  m.params = LstmParams::random({3 * static_cast<int>(kFeatures.size()), 6, 2}, rng);
  const std::string path = testing::scratch_dir() + name;
  save_model(path, m);
  return path;
}

// Every device uploads on time, so no closed day is corrected later and the pipeline's
// final feature records are the ones its predictor saw.
const std::vector<std::string> kOnTime = {
    "devices.ring.wear.late_upload_probability=0",  "devices.strap.wear.late_upload_probability=0",
    "devices.watch.wear.late_upload_probability=0", "devices.gps.wear.late_upload_probability=0",
    "devices.wellness_app.wear.late_upload_probability=0",
    "devices.environment.wear.late_upload_probability=0"};

struct Predictions final : RecordSink {
  std::map<ActorId, std::vector<std::pair<Day, double>>> by_actor;
  bool wants(EventKind kind) const override { return kind == season::kPredictionRecord; }
  void write(const std::vector<Record>& records) override {
    for (const Record& r : records) by_actor[r.actor].emplace_back(static_cast<Day>(r.payload[0]), r.payload[1]);
  }
};

struct PredictedSeason {
  Scenario scenario;
  Simulation sim;
  SeasonGraph graph;
  Predictions predictions;

  explicit PredictedSeason(std::vector<std::string> overrides)
      : scenario(load_scenario(testing::shipped("small.yaml"), overrides)),
        sim(season_run_options(scenario, 0, 2, 0)),
        graph(build_season(scenario, 0, sim)) {
    sim.set_sink(&predictions);
    sim.run();
  }
};

std::vector<std::string> with(std::vector<std::string> overrides, const std::string& more) {
  overrides.push_back(more);
  return overrides;
}

TEST(SeasonPredictor, EachAthleteRiskIsAFreshLstmOverItsOwnDays) {
  const std::string model = save_random_model("model-a.lstm", 3);
  PredictedSeason run(with(kOnTime, "predictor=" + model));
  const Predictor reference(load_model(model));
  ASSERT_EQ(run.predictions.by_actor.size(), run.scenario.squad_size);
  for (std::uint32_t i = 0; i < run.scenario.squad_size; ++i) {
    const auto& pipeline = dynamic_cast<const season::PipelineActor&>(*run.sim.find(run.graph.layout.pipeline(i)));
    ASSERT_EQ(pipeline.counts().late_readings, 0u) << "the check needs days that never change after closing";
    const auto& risks = run.predictions.by_actor.at(run.graph.layout.pipeline(i));
    ASSERT_EQ(risks.size(), static_cast<std::size_t>(pipeline.features().last_day() - run.scenario.calendar.season_start + 1));
    LstmState state = reference.initial_state();
    for (std::size_t d = 0; d < risks.size(); ++d) {
      const Day day = run.scenario.calendar.season_start + static_cast<Day>(d);
      ASSERT_EQ(risks[d].first, day);
      const double expected = reference.step(pipeline.features().at(day), state);
      ASSERT_EQ(risks[d].second, expected) << "athlete " << i << " day " << d;
      ASSERT_GT(risks[d].second, 0);
      ASSERT_LT(risks[d].second, 1);
    }
  }
}

TEST(SeasonPredictor, AnotherModelGivesOtherRisksButTheFixedPolicyIgnoresThem) {
  PredictedSeason a(with(kOnTime, "predictor=" + save_random_model("model-b.lstm", 4)));
  PredictedSeason b(with(kOnTime, "predictor=" + save_random_model("model-c.lstm", 5)));
  const ActorId first = a.graph.layout.pipeline(0);
  EXPECT_NE(a.predictions.by_actor.at(first), b.predictions.by_actor.at(first));
  const auto& pa = dynamic_cast<const season::PipelineActor&>(*a.sim.find(first));
  const auto& pb = dynamic_cast<const season::PipelineActor&>(*b.sim.find(first));
  const auto& fa = pa.features().at(a.scenario.calendar.season_end - 1).values;
  const auto& fb = pb.features().at(b.scenario.calendar.season_end - 1).values;
  for (std::size_t f = 0; f < fa.size(); ++f)
    EXPECT_TRUE(fa[f] == fb[f] || (std::isnan(fa[f]) && std::isnan(fb[f]))) << feature_name(static_cast<Feature>(f));
}

TEST(SeasonPredictor, NoPredictorNoPredictions) {
  PredictedSeason run(kOnTime);
  EXPECT_TRUE(run.predictions.by_actor.empty());
}

TEST(SeasonPredictor, AMissingModelFileIsNamed) {
  const Scenario s = load_scenario(testing::shipped("small.yaml"), {"predictor=/nonexistent/model.lstm"});
  Simulation sim(season_run_options(s, 0, 1, 0));
  try {
    build_season(s, 0, sim);
    FAIL() << "a missing model file was accepted";
  } catch (const std::exception& e) {
    EXPECT_THAT(e.what(), HasSubstr("/nonexistent/model.lstm"));
  }
}

TEST(SeasonPredictor, AModelWhoseEncoderDoesNotFitItsLstmIsRefused) {
  PredictorModel m;
  m.encoder = FeatureEncoder(kFeatures, {0, 0, 0, 0, 0}, {1, 1, 1, 1, 1});
  Rng rng(1, 0, 0);
  m.params = LstmParams::random({4, 3, 1}, rng);
  const std::string path = testing::scratch_dir() + "misfit.lstm";
  save_model(path, m);
  const Scenario s = load_scenario(testing::shipped("small.yaml"), {"predictor=" + path});
  Simulation sim(season_run_options(s, 0, 1, 0));
  try {
    build_season(s, 0, sim);
    FAIL() << "a misfit model was accepted";
  } catch (const std::exception& e) {
    EXPECT_THAT(e.what(), HasSubstr(path));
    EXPECT_THAT(e.what(), HasSubstr("fit"));
  }
}

}  // namespace
}  // namespace preseason
