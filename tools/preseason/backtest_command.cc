#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <nlohmann/json.hpp>

#include "actors/backtest/backtest.h"
#include "commands.h"
#include "data/atomic_file.h"
#include "data/recording_reader.h"

namespace preseason::cli {

namespace {

struct BacktestOptions {
  std::string recording;
  std::vector<std::string> rules;
  std::vector<std::string> scores;
  int horizon = 7;
  std::string json;
};

int bad_input(const std::string& problem) {
  fmt::print(stderr, "error: {}\n", problem);
  return 2;
}

std::string fixed(double x, int decimals) { return std::isnan(x) ? "-" : fmt::format("{:.{}f}", x, decimals); }

nlohmann::json number(double x) { return std::isnan(x) ? nlohmann::json(nullptr) : nlohmann::json(x); }

void print_report(const BacktestOptions& o, const BacktestReport& r) {
  fmt::print("backtest: {}, horizon {} day(s)\n", o.recording, r.horizon);
  fmt::print("athletes {}, feature days {}, labelled {} ({} positive), censored at the end {}\n", r.athletes,
             r.feature_days, r.labelled_days, r.positive_days, r.feature_days - r.labelled_days);
  fmt::print("injuries {}, {} with a feature day in the {} day(s) before\n", r.injuries, r.evaluable_injuries, r.horizon);
  if (!o.rules.empty()) {
    std::size_t w = 4;
    for (const std::string& rule : o.rules) w = std::max(w, rule.size());
    fmt::print("\n{:<{}}  {:>7}  {:>9}  {:>6}  {:>9}  {:>11}  {:>9}\n", "rule", w, "alerts", "precision", "recall",
               "detected", "median lead", "mean lead");
    for (std::size_t k = 0; k < o.rules.size(); ++k) {
      const AlertMetrics& m = r.rules[k];
      fmt::print("{:<{}}  {:>7}  {:>9}  {:>6}  {:>9}  {:>11}  {:>9}\n", o.rules[k], w, m.alerts, fixed(m.precision(), 3),
                 fixed(m.recall(), 3), fmt::format("{}/{}", m.detected, m.evaluable), fixed(m.median_lead(), 1),
                 fixed(m.mean_lead(), 2));
    }
  }
  if (!o.scores.empty()) {
    std::size_t w = 5;
    for (const std::string& s : o.scores) w = std::max(w, s.size());
    fmt::print("\n{:<{}}  {:>9}  {:>9}  {:>7}  {:>7}  {:>7}  {:>6}\n", "score", w, "positives", "negatives", "missing",
               "ROC-AUC", "PR-AUC", "chance");
    for (std::size_t k = 0; k < o.scores.size(); ++k) {
      const ScoreMetrics& m = r.scores[k];
      const std::size_t n = m.positives + m.negatives;
      fmt::print("{:<{}}  {:>9}  {:>9}  {:>7}  {:>7}  {:>7}  {:>6}\n", o.scores[k], w, m.positives, m.negatives,
                 m.missing, fixed(m.roc_auc, 3), fixed(m.pr_auc, 3),
                 fixed(n ? static_cast<double>(m.positives) / n : std::nan(""), 3));
    }
  }
}

void write_json(const std::string& path, const BacktestOptions& o, const BacktestReport& r) {
  nlohmann::json j = {{"recording", o.recording},
                      {"horizon_days", r.horizon},
                      {"athletes", r.athletes},
                      {"feature_days", r.feature_days},
                      {"labelled_days", r.labelled_days},
                      {"censored_days", r.feature_days - r.labelled_days},
                      {"positive_days", r.positive_days},
                      {"injuries", r.injuries},
                      {"evaluable_injuries", r.evaluable_injuries},
                      {"rules", nlohmann::json::array()},
                      {"scores", nlohmann::json::array()}};
  for (std::size_t k = 0; k < o.rules.size(); ++k) {
    const AlertMetrics& m = r.rules[k];
    j["rules"].push_back({{"rule", o.rules[k]},
                          {"labelled_days", m.labelled_days},
                          {"alerts", m.alerts},
                          {"true_alerts", m.true_alerts},
                          {"precision", number(m.precision())},
                          {"injuries", m.evaluable},
                          {"detected", m.detected},
                          {"recall", number(m.recall())},
                          {"lead_days", m.lead_days},
                          {"median_lead_days", number(m.median_lead())},
                          {"mean_lead_days", number(m.mean_lead())}});
  }
  for (std::size_t k = 0; k < o.scores.size(); ++k) {
    const ScoreMetrics& m = r.scores[k];
    j["scores"].push_back({{"score", o.scores[k]},
                           {"positives", m.positives},
                           {"negatives", m.negatives},
                           {"missing", m.missing},
                           {"roc_auc", number(m.roc_auc)},
                           {"pr_auc", number(m.pr_auc)}});
  }
  AtomicFile out(path);
  {
    std::ofstream f(out.temp_path());
    f << j.dump(2) << '\n';
    if (!f) throw std::runtime_error("cannot write " + path);
  }
  out.commit();
}

int run_backtest_command(const BacktestOptions& o) {
  if (o.rules.empty() && o.scores.empty()) return bad_input("give at least one --rule or --score");
  std::vector<FeatureExpression> rules;
  for (const std::string& text : o.rules) {
    try {
      rules.emplace_back(text);
    } catch (const ExpressionError& e) {
      return bad_input(fmt::format("rule {}", e.what()));
    }
  }
  std::vector<RiskScore> scores;
  for (const std::string& spec : o.scores) {
    try {
      scores.emplace_back(spec);
    } catch (const std::invalid_argument& e) {
      return bad_input(e.what());
    }
  }
  std::vector<BacktestAthlete> athletes;
  try {
    athletes = backtest_athletes(RecordingReader(o.recording));
  } catch (const h5::Error& e) {
    return bad_input(e.what());
  }
  const BacktestReport report = run_backtest(athletes, rules, scores, o.horizon);
  print_report(o, report);
  if (!o.json.empty()) write_json(o.json, o, report);
  return 0;
}

}  // namespace

Command add_backtest(CLI::App& app) {
  auto o = std::make_shared<BacktestOptions>();
  CLI::App* sub = app.add_subcommand("backtest", "score alert rules and risk scores against a recording's injuries");
  sub->add_option("recording", o->recording, "a preseason recording (simulated or imported)")->required();
  sub->add_option("--rule", o->rules, "alert condition over features, e.g. 'acwr_ewma > 1.5 || sleep_debt7 > 5'");
  sub->add_option("--score", o->scores, "a feature read as a risk score (higher = riskier; '-hrv_z' flips it)");
  sub->add_option("--horizon", o->horizon, "a day is positive when an injury follows within this many days")
      ->check(CLI::Range(1, 365));
  sub->add_option("--json", o->json, "also write the results as JSON");
  return {sub, [o] { return run_backtest_command(*o); }};
}

}  // namespace preseason::cli
