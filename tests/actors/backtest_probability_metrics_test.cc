#include <gtest/gtest.h>

#include <cmath>

#include "actors/backtest/bootstrap_interval.h"
#include "actors/backtest/brier_score.h"
#include "actors/backtest/calibration_table.h"
#include "actors/backtest/probability_metrics.h"
#include "engine/random.h"

namespace preseason {
namespace {

TEST(BacktestBrierScore, IsTheMeanSquaredErrorOfTheProbabilities) {
  EXPECT_DOUBLE_EQ(brier_score({{0.9, true}, {0.2, false}, {0.5, true}}), (0.01 + 0.04 + 0.25) / 3);
  EXPECT_TRUE(std::isnan(brier_score({})));
}

TEST(BacktestCalibrationTable, BinsByQuantilesOfThePredictionsWithMeansAndObservedRates) {
  // Ten days, five bins: two days per bin, edges at the 0, 0.2, ... quantiles.
  std::vector<ScoredDay> days;
  for (int k = 0; k < 10; ++k) days.push_back({0.01 * (k + 1), k % 4 == 0});
  const auto t = calibration_table(days, 5);
  ASSERT_EQ(t.size(), 5u);
  for (const CalibrationBin& b : t) EXPECT_EQ(b.count, 2u);
  EXPECT_DOUBLE_EQ(t[0].lower, 0.01);
  EXPECT_DOUBLE_EQ(t[0].upper, 0.028);
  EXPECT_DOUBLE_EQ(t[0].mean_predicted, 0.015);
  EXPECT_DOUBLE_EQ(t[0].observed_rate, 0.5);  // days 0 and 1: day 0 positive
  EXPECT_DOUBLE_EQ(t[4].upper, 0.1);
  EXPECT_DOUBLE_EQ(t[4].observed_rate, 0.5);  // days 8 and 9: day 8 positive
}

TEST(BacktestCalibrationTable, TiedPredictionsShareOneBinAndLeaveOthersEmpty) {
  std::vector<ScoredDay> days(8, {0.0, false});
  days.push_back({1.0, true});
  days.push_back({1.0, false});
  const auto t = calibration_table(days, 10);
  EXPECT_EQ(t[0].count, 8u);
  EXPECT_DOUBLE_EQ(t[0].observed_rate, 0);
  // The 0.9 quantile is already 1, so both ones sit in the bin (0.2, 1].
  EXPECT_EQ(t[8].count, 2u);
  EXPECT_DOUBLE_EQ(t[8].observed_rate, 0.5);
  EXPECT_EQ(t[9].count, 0u);
  EXPECT_TRUE(std::isnan(t[3].mean_predicted));
  EXPECT_EQ(calibration_table({}, 4).size(), 4u);
}

// The mean of per-athlete outcomes has a known standard error; the athlete bootstrap's
// 95 % interval must match estimate ± 1.96 SE up to resampling noise.
TEST(BacktestBootstrapInterval, BracketsTheEstimateAndMatchesTheAnalyticStandardError) {
  Rng rng(9, 0, 0);
  std::vector<std::vector<ScoredDay>> athletes(200);
  std::vector<double> means;
  for (auto& a : athletes) {
    const double level = rng.uniform();
    for (int d = 0; d < 5; ++d) a.push_back({level, false});
    means.push_back(level);
  }
  const DayMetric mean_score = [](const std::vector<ScoredDay>& days) {
    double s = 0;
    for (const ScoredDay& d : days) s += d.score;
    return s / static_cast<double>(days.size());
  };
  const Interval i = bootstrap_interval(athletes, mean_score, 2000, 4);
  double m = 0;
  for (double x : means) m += x;
  m /= static_cast<double>(means.size());
  double ss = 0;
  for (double x : means) ss += (x - m) * (x - m);
  const double se = std::sqrt(ss / static_cast<double>(means.size() - 1) / static_cast<double>(means.size()));
  EXPECT_NEAR(i.estimate, m, 1e-12);
  EXPECT_LT(i.lower, i.estimate);
  EXPECT_GT(i.upper, i.estimate);
  EXPECT_NEAR(i.upper - i.lower, 2 * 1.96 * se, 0.15 * 2 * 1.96 * se);
  EXPECT_EQ(i.replicates, 2000);
  const Interval again = bootstrap_interval(athletes, mean_score, 2000, 4);
  EXPECT_EQ(again.lower, i.lower);
  EXPECT_EQ(again.upper, i.upper);
}

TEST(BacktestProbabilityMetrics, IntervalsBracketTheEstimatesAndCountsAreKept) {
  Rng rng(2, 0, 0);
  std::vector<std::vector<ScoredDay>> athletes(30);
  for (auto& a : athletes) {
    for (int d = 0; d < 40; ++d) {
      const bool positive = rng.uniform() < 0.1;
      a.push_back({std::min(1.0, std::max(0.0, rng.normal(positive ? 0.3 : 0.15, 0.1))), positive});
    }
  }
  const ProbabilityMetrics m = probability_metrics(athletes, 300, 1);
  EXPECT_EQ(m.days, 1200u);
  EXPECT_EQ(m.athletes, 30u);
  for (const Interval* i : {&m.roc_auc, &m.pr_auc, &m.brier}) {
    EXPECT_LE(i->lower, i->estimate);
    EXPECT_GE(i->upper, i->estimate);
    EXPECT_LT(i->upper - i->lower, 0.3);
  }
  EXPECT_GT(m.roc_auc.estimate, 0.75);
  std::size_t binned = 0;
  for (const CalibrationBin& b : m.calibration) binned += b.count;
  EXPECT_EQ(binned, 1200u);
}

}  // namespace
}  // namespace preseason
