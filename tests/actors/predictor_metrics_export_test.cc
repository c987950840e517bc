// Writes logistic-regression fits and metric values computed here, with their inputs, to
// predictor_metrics_reference.json, for tests/python/test_predictor_metrics.py to recompute
// independently (torch L-BFGS, numpy). The file goes to $PRESEASON_SCRATCH when set.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "actors/backtest/average_precision.h"
#include "actors/backtest/brier_score.h"
#include "actors/backtest/calibration_table.h"
#include "actors/backtest/roc_auc.h"
#include "actors/predictor/logistic_regression.h"
#include "actors/predictor/weighted_bce.h"
#include "engine/random.h"

namespace preseason {
namespace {

using nlohmann::json;

std::filesystem::path output_dir() {
  const char* scratch = std::getenv("PRESEASON_SCRATCH");
  const std::filesystem::path dir = scratch ? scratch : ::testing::TempDir();
  std::filesystem::create_directories(dir);
  return dir;
}

// Correlated columns, one mostly-zero indicator column and rare positives, as the load
// baseline sees them.
json logistic_case(Rng& rng, double l2) {
  const int n = 400;
  const int p = 5;
  Eigen::MatrixXd x(n, p);
  Eigen::VectorXd y(n);
  for (int i = 0; i < n; ++i) {
    const double common = rng.normal();
    for (int j = 0; j < 4; ++j) x(i, j) = 0.6 * common + rng.normal();
    x(i, 4) = rng.uniform() < 0.05 ? 1.0 : 0.0;
    const double z = -2.5 + 0.8 * x(i, 0) - 0.5 * x(i, 3) + 1.5 * x(i, 4);
    y(i) = rng.uniform() < sigmoid(z) ? 1.0 : 0.0;
  }
  const LogisticRegression m = LogisticRegression::fit(x, y, l2);
  json rows = json::array();
  for (int i = 0; i < n; ++i) {
    std::vector<double> r;
    for (int j = 0; j < p; ++j) r.push_back(x(i, j));
    rows.push_back(r);
  }
  return {{"l2", l2},
          {"x", rows},
          {"y", std::vector<double>(y.data(), y.data() + n)},
          {"intercept", m.intercept()},
          {"weights", std::vector<double>(m.weights().data(), m.weights().data() + p)},
          {"iterations", m.iterations()}};
}

json metrics_case(Rng& rng, bool ties) {
  std::vector<ScoredDay> days;
  for (int i = 0; i < 600; ++i) {
    const bool positive = rng.uniform() < 0.08;
    double s = sigmoid(rng.normal(positive ? -1.5 : -2.5, 1.0));
    if (ties) s = std::round(s * 20) / 20;  // many tied scores, as a coarse risk score has
    days.push_back({s, positive});
  }
  json scores = json::array();
  json labels = json::array();
  for (const ScoredDay& d : days) {
    scores.push_back(d.score);
    labels.push_back(d.positive ? 1 : 0);
  }
  json calibration = json::array();
  for (const CalibrationBin& b : calibration_table(days, 10)) {
    calibration.push_back({{"lower", b.lower},
                           {"upper", b.upper},
                           {"count", b.count},
                           {"mean_predicted", std::isnan(b.mean_predicted) ? json(nullptr) : json(b.mean_predicted)},
                           {"observed_rate", std::isnan(b.observed_rate) ? json(nullptr) : json(b.observed_rate)}});
  }
  return {{"scores", scores},         {"labels", labels},
          {"roc_auc", roc_auc(days)}, {"pr_auc", average_precision(days)},
          {"brier", brier_score(days)}, {"calibration", calibration}};
}

TEST(PredictorMetricsExport, WritesLogisticFitsAndMetricValues) {
  Rng rng(77, 0, 0);
  json logistic = json::array();
  for (double l2 : {0.1, 1.0, 10.0}) logistic.push_back(logistic_case(rng, l2));
  json metrics = json::array();
  for (bool ties : {false, true}) metrics.push_back(metrics_case(rng, ties));
  const std::filesystem::path path = output_dir() / "predictor_metrics_reference.json";
  std::ofstream out(path);
  out << json{{"logistic", logistic}, {"metrics", metrics}}.dump();
  ASSERT_TRUE(out.good()) << path;
  std::printf("wrote %s\n", path.c_str());
}

// The fit is a stationary point of the penalised objective: its gradient vanishes.
TEST(PredictorLogisticRegression, GradientOfThePenalisedObjectiveVanishesAtTheFit) {
  Rng rng(5, 0, 0);
  const json c = logistic_case(rng, 2.0);
  const auto& rows = c["x"];
  const Eigen::Index n = static_cast<Eigen::Index>(rows.size());
  Eigen::VectorXd w(5);
  for (int j = 0; j < 5; ++j) w(j) = c["weights"][j];
  Eigen::VectorXd g = 2.0 * w;
  double g0 = 0;
  for (Eigen::Index i = 0; i < n; ++i) {
    Eigen::VectorXd xi(5);
    for (int j = 0; j < 5; ++j) xi(j) = rows[i][j];
    const double r = sigmoid(c["intercept"].get<double>() + w.dot(xi)) - c["y"][i].get<double>();
    g += r * xi;
    g0 += r;
  }
  // A sum over 400 rows: 1e-6 is a relative precision of about 1e-9.
  EXPECT_LT(std::abs(g0), 1e-6);
  EXPECT_LT(g.lpNorm<Eigen::Infinity>(), 1e-6);
}

TEST(PredictorLogisticRegression, RefusesASingleClass) {
  EXPECT_THROW(LogisticRegression::fit(Eigen::MatrixXd::Ones(3, 1), Eigen::VectorXd::Zero(3), 1), std::invalid_argument);
}

}  // namespace
}  // namespace preseason
