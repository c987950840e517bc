#include <fmt/format.h>

#include <cmath>

#include "actors/predictor/fit_predictor.h"
#include "actors/predictor/model_file.h"
#include "commands.h"
#include "data/h5.h"
#include "evaluation_report.h"
#include "output_path.h"
#include "progress.h"
#include "training_recordings.h"

namespace preseason::cli {

namespace {

struct TrainOptions {
  std::vector<std::string> recordings;
  std::string out;
  std::string json;
  FitOptions fit;
  BootstrapSettings bootstrap;
};

int bad_input(const std::string& problem) {
  fmt::print(stderr, "error: {}\n", problem);
  return 2;
}

std::string describe(const TrainingRecordings& data, const FitResult& r) {
  std::size_t days = 0;
  for (const AthleteHistory& h : data.histories) days += h.records.size();
  std::string recordings;
  for (const RecordingSource& s : data.sources) recordings += (recordings.empty() ? "" : ", ") + s.path;
  return fmt::format("{}: {} athlete record(s), {} feature days; {} training and {} held-out athlete(s)", recordings,
                     data.histories.size(), days, r.split.training_athletes.size(), r.split.held_out_athletes.size());
}

int run_train(TrainOptions o) {
  for (const auto& [option, path] : {std::pair{"--out", o.out}, std::pair{"--json", o.json}}) {
    if (path.empty()) continue;
    if (const auto problem = output_problem(option, path)) return bad_input(*problem);
  }
  TrainingRecordings data;
  try {
    data = read_recordings(o.recordings);
  } catch (const h5::Error& e) {
    return bad_input(e.what());
  }
  o.fit.train.seed = o.fit.split.seed;
  FitResult r;
  try {
    Progress progress("training", static_cast<std::size_t>(o.fit.train.max_epochs));
    r = fit_predictor(data.histories, o.fit, [&](const EpochReport& e) {
      progress.advance(fmt::format("loss {:.4f}  validation loss {:.4f}  PR-AUC {:.3f}", e.training_loss,
                                   e.validation.loss, e.validation.pr_auc));
    });
  } catch (const std::invalid_argument& e) {
    return bad_input(fmt::format("cannot train on {}: {}", fmt::join(o.recordings, ", "), e.what()));
  }
  PredictorModel& m = r.model;
  m.provenance.recordings = data.sources;
  for (RecordingSource& s : m.provenance.recordings) {
    for (const RecordingCut& c : r.split.cuts)
      if (c.recording == s.path) s.first_validation_day = format_date(c.first_validation_day);
  }
  m.training_data = describe(data, r);

  fmt::print("train: {}\n", m.training_data);
  fmt::print("held out: {}\n", r.split.held_out_athletes.empty() ? "none" : fmt::format("{}", fmt::join(r.split.held_out_athletes, " ")));
  for (const RecordingSource& s : m.provenance.recordings) {
    fmt::print("{}: fitting before {}, validation from it\n", s.path, s.first_validation_day);
  }
  fmt::print("fitting days {} ({} positive), LSTM {} x {} on {} features{}, pos_weight {:.2f}\n",
             m.provenance.fit_days, m.provenance.fit_positives, m.config.layers, m.config.hidden,
             m.encoder.features().size(), m.injury_history ? " and injury history" : "", m.pos_weight);
  fmt::print("epochs {}, kept epoch {}: validation loss {:.4f}, ROC-AUC {:.3f}, PR-AUC {:.3f} ({} days, {} positive)\n",
             m.epochs, m.best_epoch, m.validation.loss, m.validation.roc_auc, m.validation.pr_auc, m.validation.days,
             m.validation.positives);
  save_model(o.out, m);
  fmt::print("model: {}\n", o.out);
  if (r.split.test.empty()) {
    fmt::print("\nno held-out athletes: score the model on other recordings with `preseason evaluate`\n");
    return 0;
  }
  fmt::print("\nheld-out athletes (test):\n");
  const ModelEvaluation e = evaluate_model(m, data.histories, r.split.test, o.bootstrap.replicates, o.bootstrap.seed);
  print_evaluation(e, o.bootstrap);
  if (!o.json.empty()) {
    nlohmann::json j = evaluation_json(e, o.bootstrap);
    j["model"] = o.out;
    j["held_out_athletes"] = r.split.held_out_athletes;
    j["validation"] = {{"loss", m.validation.loss}, {"roc_auc", m.validation.roc_auc}, {"pr_auc", m.validation.pr_auc},
                       {"days", m.validation.days}, {"positive_days", m.validation.positives}};
    write_json_file(o.json, j);
  }
  return 0;
}

}  // namespace

Command add_train(CLI::App& app) {
  auto o = std::make_shared<TrainOptions>();
  o->bootstrap.replicates = 200;
  CLI::App* sub = app.add_subcommand("train", "train the LSTM predictor and its baselines on recordings");
  sub->add_option("recordings", o->recordings, "preseason recordings (simulated or imported)")->required();
  sub->add_option("--out", o->out, "the model file to write")->required();
  TrainConfig& t = o->fit.train;
  t.max_epochs = 30;
  sub->add_option("--hidden", t.hidden, "LSTM units per layer")->check(CLI::Range(1, 1024))->capture_default_str();
  sub->add_option("--layers", t.layers, "LSTM layers")->check(CLI::Range(1, 8))->capture_default_str();
  sub->add_option("--epochs", t.max_epochs, "at most this many epochs")->check(CLI::Range(1, 100000))->capture_default_str();
  sub->add_option("--patience", t.patience, "stop after this many epochs without a lower validation loss")
      ->check(CLI::Range(1, 100000))->capture_default_str();
  sub->add_option("--learning-rate", t.learning_rate, "Adam's step size")->check(CLI::PositiveNumber)->capture_default_str();
  sub->add_option("--weight-decay", t.weight_decay, "AdamW decay of the weight matrices")->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  sub->add_option("--dropout", t.dropout, "between LSTM layers")->check(CLI::Range(0.0, 0.95))->capture_default_str();
  sub->add_option("--batch", t.batch_size, "sequences per update")->check(CLI::Range(1, 100000))->capture_default_str();
  sub->add_option("--seed", o->fit.split.seed, "picks held-out athletes, initial weights and batch order")
      ->capture_default_str();
  sub->add_option("--horizon", o->fit.split.horizon, "a day is positive when an injury or overreaching follows within this many days")
      ->check(CLI::Range(1, 365))->capture_default_str();
  sub->add_option("--held-out-fraction", o->fit.split.held_out_fraction, "share of athletes kept out for testing")
      ->check(CLI::Range(0.0, 0.9))->capture_default_str();
  sub->add_option("--validation-fraction", o->fit.split.validation_fraction,
                  "late share of each recording's calendar used for early stopping")
      ->check(CLI::Range(0.05, 0.9))->capture_default_str();
  sub->add_option("--chunk", o->fit.chunk_days, "cut fitting sequences into chunks of this many days (0 = whole)")
      ->check(CLI::Range(0, 100000))->capture_default_str();
  sub->add_option("--context", o->fit.context_days, "unlabelled days before each chunk")
      ->check(CLI::Range(0, 100000))->capture_default_str();
  sub->add_flag("--injury-history", o->fit.injury_history,
               "also feed the LSTM how long ago each athlete's last injury was reported (runs and replays; not live mode)");
  sub->add_option("--l2", o->fit.baseline_l2, "L2 penalty of the logistic baseline")->check(CLI::PositiveNumber)
      ->capture_default_str();
  sub->add_option("--bootstrap", o->bootstrap.replicates, "bootstrap resamples for the held-out intervals")
      ->check(CLI::Range(0, 100000))->capture_default_str();
  sub->add_option("--json", o->json, "also write the held-out results as JSON");
  return {sub, [o] { return run_train(*o); }};
}

}  // namespace preseason::cli
