#include <fmt/format.h>

#include "actors/features/feature_id.h"
#include "actors/predictor/model_evaluation.h"
#include "actors/predictor/model_file.h"
#include "commands.h"
#include "data/h5.h"
#include "evaluation_report.h"
#include "output_path.h"
#include "training_recordings.h"

namespace preseason::cli {

namespace {

struct EvaluateOptions {
  std::string model;
  std::vector<std::string> recordings;
  std::string json;
  BootstrapSettings bootstrap;
};

int bad_input(const std::string& problem) {
  fmt::print(stderr, "error: {}\n", problem);
  return 2;
}

std::vector<std::string> feature_names() {
  std::vector<std::string> names;
  for (std::size_t k = 0; k < kFeatureCount; ++k) names.emplace_back(feature_name(static_cast<Feature>(k)));
  return names;
}

int run_evaluate(const EvaluateOptions& o) {
  if (!o.json.empty()) {
    if (const auto problem = output_problem("--json", o.json)) return bad_input(*problem);
  }
  PredictorModel model;
  try {
    model = load_model(o.model, feature_names());
  } catch (const ModelFileError& e) {
    return bad_input(e.what());
  }
  TrainingRecordings data;
  try {
    data = read_recordings(o.recordings);
  } catch (const h5::Error& e) {
    return bad_input(e.what());
  }
  const ModelEvaluation e =
      evaluate_model(model, data.histories, whole_histories(data.histories), o.bootstrap.replicates, o.bootstrap.seed);
  fmt::print("evaluate: {} on {}, horizon {} day(s)\n", o.model, fmt::join(o.recordings, ", "), model.horizon_days);
  fmt::print("model: {}\n", model.training_data);
  print_evaluation(e, o.bootstrap);
  if (!o.json.empty()) {
    nlohmann::json j = evaluation_json(e, o.bootstrap);
    j["model"] = o.model;
    j["recordings"] = o.recordings;
    j["horizon_days"] = model.horizon_days;
    write_json_file(o.json, j);
  }
  return 0;
}

}  // namespace

Command add_evaluate(CLI::App& app) {
  auto o = std::make_shared<EvaluateOptions>();
  CLI::App* sub = app.add_subcommand("evaluate", "score a trained predictor and its baselines on recordings");
  sub->add_option("model", o->model, "a model file written by `preseason train`")->required();
  sub->add_option("recordings", o->recordings, "preseason recordings (simulated or imported)")->required();
  sub->add_option("--json", o->json, "also write the results as JSON");
  sub->add_option("--bootstrap", o->bootstrap.replicates, "bootstrap resamples of athletes for the 95 % intervals")
      ->check(CLI::Range(0, 100000))->capture_default_str();
  sub->add_option("--seed", o->bootstrap.seed, "seed of the bootstrap resamples")->capture_default_str();
  return {sub, [o] { return run_evaluate(*o); }};
}

}  // namespace preseason::cli
