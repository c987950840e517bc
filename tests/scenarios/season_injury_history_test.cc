// A predictor trained with --injury-history in a run and its replay: each pipeline gets
// its athlete's injury reports, so every day's risk is the one `evaluate` computes offline
// from the recording's injuries table (report_date), and a replay predicts the same.
#include <gtest/gtest.h>

#include <cmath>
#include <map>

#include "actors/predictor/model_file.h"
#include "actors/predictor/risk_probabilities.h"
#include "actors/season/pipeline_actor.h"
#include "actors/season/season_kinds.h"
#include "data/recording_reader.h"
#include "engine/random.h"
#include "scenario_test_util.h"
#include "scenarios/replay_graph.h"
#include "scenarios/season_graph.h"
#include "scenarios/season_run.h"

namespace preseason {
namespace {

const std::vector<std::string> kFeatures = {"acwr_ewma", "tsb", "hrv_z", "sleep_debt7", "monotony"};

PredictorModel injury_model() {
  PredictorModel m;
  m.encoder = FeatureEncoder(kFeatures, {1.0, 0.0, 0.0, 3.0, 1.5}, {0.3, 20.0, 1.0, 2.0, 0.5});
  m.injury_history = true;
  m.pos_weight = 20;
  Rng rng(7, 0, 0);
  m.params = LstmParams::random({m.input_width(), 6, 2}, rng);
  return m;
}

// Every device uploads on time, so the pipeline's final feature records are the ones its
// predictor saw; a larger squad than small.yaml's, so the season has injuries to report.
std::vector<std::string> overrides(const std::string& model) {
  std::vector<std::string> o = {"squad.size=12", "predictor=" + model};
  for (const char* device : {"ring", "strap", "watch", "gps", "wellness_app", "environment"})
    o.push_back(std::string("devices.") + device + ".wear.late_upload_probability=0");
  return o;
}

using Risks = std::vector<std::pair<Day, double>>;

struct Predictions final : RecordSink {
  std::map<ActorId, Risks> by_actor;
  bool wants(EventKind kind) const override { return kind == season::kPredictionRecord; }
  void write(const std::vector<Record>& records) override {
    for (const Record& r : records) by_actor[r.actor].emplace_back(static_cast<Day>(r.payload[0]), r.payload[1]);
  }
};

std::vector<std::string> string_column(const RecordingReader& rec, const std::string& athlete, const std::string& table,
                                       const std::string& column) {
  for (const TableSummary& t : rec.tables(athlete))
    if (t.name == table) return *rec.read_table(athlete, table).find<std::string>(column);
  return {};
}

Risks recorded_risks(const RecordingReader& rec, const std::string& athlete) {
  const EventTable t = rec.read_table(athlete, "predictions");
  const auto& dates = *t.find<std::string>("date");
  const auto& risks = *t.find<double>("risk");
  Risks out;
  for (std::size_t i = 0; i < dates.size(); ++i) out.emplace_back(parse_date(dates[i]), risks[i]);
  return out;
}

// The season recorded with one thread, and run again with two to look at its pipelines.
struct InjurySeason {
  std::string model = testing::scratch_dir() + "injury.lstm";
  std::string recording = testing::scratch_dir() + "injury.h5";
  Scenario scenario;
  Simulation sim;
  SeasonGraph graph;
  Predictions predictions;

  InjurySeason() : scenario(load(model)), sim(season_run_options(scenario, 0, 2, 0)), graph(build_season(scenario, 0, sim)) {
    SeasonRunOptions record;
    record.out = recording;
    run_season(scenario, record);
    sim.set_sink(&predictions);
    sim.run();
  }

  static Scenario load(const std::string& model) {
    save_model(model, injury_model());
    return load_scenario(testing::shipped("small.yaml"), overrides(model));
  }
};

TEST(SeasonInjuryHistory, EachDaysRiskIsEvaluatesOverTheRecordedInjuryReports) {
  InjurySeason run;
  const PredictorModel model = load_model(run.model);
  const RecordingReader rec(run.recording);
  std::size_t reports = 0, days_changed = 0;
  for (std::uint32_t i = 0; i < run.scenario.squad_size; ++i) {
    const std::string id = athlete_id(run.scenario, i);
    const ActorId actor = run.graph.layout.pipeline(i);
    const auto& pipeline = dynamic_cast<const season::PipelineActor&>(*run.sim.find(actor));
    ASSERT_EQ(pipeline.counts().late_readings, 0u) << "the check needs days that never change after closing";
    const Risks& risks = run.predictions.by_actor.at(actor);
    EXPECT_EQ(recorded_risks(rec, id), risks) << id << ": 1 and 2 threads predict alike";

    AthleteHistory history;
    history.records = pipeline.features().records();
    for (const std::string& date : string_column(rec, id, "injuries", "report_date"))
      history.injury_days.push_back(parse_date(date));
    reports += history.injury_days.size();
    ASSERT_EQ(risks.size(), history.records.size());
    const Eigen::VectorXd expected = risk_probabilities(model, history, risks.size());
    AthleteHistory uninjured = history;
    uninjured.injury_days.clear();
    const Eigen::VectorXd without = risk_probabilities(model, uninjured, risks.size());
    for (std::size_t d = 0; d < risks.size(); ++d) {
      const auto k = static_cast<Eigen::Index>(d);
      ASSERT_EQ(risks[d].first, history.records[d].day);
      ASSERT_NEAR(risks[d].second, expected(k), 1e-12) << id << " on " << format_date(risks[d].first);
      if (std::abs(expected(k) - without(k)) > 1e-9) ++days_changed;
    }
  }
  // Without reports, or with the history ignored, the check would pass vacuously.
  EXPECT_GT(reports, 0u);
  EXPECT_GT(days_changed, 0u);
}

TEST(SeasonInjuryHistory, AReplayOfTheRecordingPredictsWhatTheRunDid) {
  InjurySeason run;
  const RecordingReader rec(run.recording);
  ReplayRequest request;
  request.path = run.recording;
  request.threads = 2;
  const ReplayPlan plan = plan_replay(request);
  Simulation sim(plan.run);
  const ReplayGraph graph = build_replay(plan, sim);
  Predictions replayed;
  sim.set_sink(&replayed);
  sim.run();
  ASSERT_EQ(plan.ids.size(), run.scenario.squad_size);
  for (std::size_t k = 0; k < plan.ids.size(); ++k)
    EXPECT_EQ(replayed.by_actor[plan.layout.pipeline(plan.indexes[k])], recorded_risks(rec, plan.ids[k])) << plan.ids[k];
}

}  // namespace
}  // namespace preseason
