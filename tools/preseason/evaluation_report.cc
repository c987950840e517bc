#include "evaluation_report.h"

#include <fmt/format.h>

#include <cmath>
#include <fstream>
#include <utility>

#include "data/atomic_file.h"

namespace preseason::cli {
namespace {

const std::pair<const char*, const char*> kScorers[] = {
    {"lstm", "LSTM"}, {"logistic", "logistic (load)"}, {"acwr_rule", "EWMA ACWR > 1.5"}};

const ProbabilityMetrics& scorer(const ModelEvaluation& e, int k) {
  return k == 0 ? e.lstm : k == 1 ? e.logistic : e.acwr_rule;
}

std::string fixed(double x, int decimals = 3) { return std::isnan(x) ? "-" : fmt::format("{:.{}f}", x, decimals); }

std::string with_interval(const Interval& i) {
  return fmt::format("{} [{}, {}]", fixed(i.estimate), fixed(i.lower), fixed(i.upper));
}

nlohmann::json number(double x) { return std::isnan(x) ? nlohmann::json(nullptr) : nlohmann::json(x); }

nlohmann::json interval_json(const Interval& i) {
  return {{"estimate", number(i.estimate)}, {"lower", number(i.lower)}, {"upper", number(i.upper)},
          {"replicates", i.replicates}};
}

}  // namespace

void print_evaluation(const ModelEvaluation& e, const BootstrapSettings& b) {
  fmt::print("athletes {}, feature days {}, labelled {} ({} positive, chance PR-AUC {}), events {} ({} with a "
             "labelled day before them)\n",
             e.athletes, e.feature_days, e.labelled_days, e.positive_days,
             fixed(e.labelled_days ? static_cast<double>(e.positive_days) / e.labelled_days : std::nan("")), e.events,
             e.evaluable_events);
  fmt::print("95 % intervals: percentile bootstrap over athletes, {} resamples, seed {}\n\n", b.replicates, b.seed);
  fmt::print("{:<16}  {:<22}  {:<22}  {:<22}\n", "score", "ROC-AUC [95% CI]", "PR-AUC [95% CI]", "Brier [95% CI]");
  for (int k = 0; k < 3; ++k) {
    const ProbabilityMetrics& m = scorer(e, k);
    fmt::print("{:<16}  {:<22}  {:<22}  {:<22}\n", kScorers[k].second, with_interval(m.roc_auc), with_interval(m.pr_auc),
               with_interval(m.brier));
  }
  fmt::print("\ncalibration: deciles of each score's predictions (days, mean predicted, observed rate)\n");
  fmt::print("{:<6}", "decile");
  for (const auto& s : kScorers) fmt::print("  {:>25}", s.second);
  fmt::print("\n");
  for (std::size_t bin = 0; bin < e.lstm.calibration.size(); ++bin) {
    fmt::print("{:<6}", bin + 1);
    for (int k = 0; k < 3; ++k) {
      const CalibrationBin& c = scorer(e, k).calibration[bin];
      fmt::print("  {:>25}", c.count ? fmt::format("{:>7} {:>8} {:>8}", c.count, fixed(c.mean_predicted, 4),
                                                   fixed(c.observed_rate, 4))
                                     : std::string("-"));
    }
    fmt::print("\n");
  }
}

nlohmann::json evaluation_json(const ModelEvaluation& e, const BootstrapSettings& b) {
  nlohmann::json j = {{"athletes", e.athletes},
                      {"feature_days", e.feature_days},
                      {"labelled_days", e.labelled_days},
                      {"positive_days", e.positive_days},
                      {"events", e.events},
                      {"evaluable_events", e.evaluable_events},
                      {"bootstrap", {{"resampling", "athletes"}, {"replicates", b.replicates}, {"seed", b.seed},
                                     {"level", 0.95}}},
                      {"scores", nlohmann::json::object()}};
  for (int k = 0; k < 3; ++k) {
    const ProbabilityMetrics& m = scorer(e, k);
    nlohmann::json calibration = nlohmann::json::array();
    for (const CalibrationBin& c : m.calibration) {
      calibration.push_back({{"lower", c.lower}, {"upper", c.upper}, {"count", c.count},
                             {"mean_predicted", number(c.mean_predicted)}, {"observed_rate", number(c.observed_rate)}});
    }
    j["scores"][kScorers[k].first] = {{"label", kScorers[k].second},
                                      {"athletes", m.athletes},
                                      {"days", m.days},
                                      {"positive_days", m.positive_days},
                                      {"roc_auc", interval_json(m.roc_auc)},
                                      {"pr_auc", interval_json(m.pr_auc)},
                                      {"brier", interval_json(m.brier)},
                                      {"calibration", calibration}};
  }
  return j;
}

void write_json_file(const std::string& path, const nlohmann::json& j) {
  AtomicFile out(path);
  {
    std::ofstream f(out.temp_path());
    f << j.dump(2) << '\n';
    if (!f) throw std::runtime_error("cannot write " + path);
  }
  out.commit();
}

}  // namespace preseason::cli
