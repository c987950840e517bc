#include <gtest/gtest.h>

#include <cmath>

#include "actors/backtest/average_precision.h"
#include "actors/backtest/roc_auc.h"
#include "actors/backtest/score_metrics.h"

namespace preseason {
namespace {

TEST(BacktestRocAuc, CountsTiesAsOneHalf) {
  // Positives 0.9, 0.5; negatives 0.5, 0.1, 0.3: pairs won 3 + (0.5 + 1 + 1) of 6.
  EXPECT_DOUBLE_EQ(roc_auc({{0.9, true}, {0.5, false}, {0.1, false}, {0.5, true}, {0.3, false}}), 5.5 / 6);
}

TEST(BacktestRocAuc, PerfectReversedAndFlat) {
  EXPECT_DOUBLE_EQ(roc_auc({{2, true}, {1, false}, {0, false}}), 1.0);
  EXPECT_DOUBLE_EQ(roc_auc({{2, false}, {1, true}, {0, true}}), 0.0);
  EXPECT_DOUBLE_EQ(roc_auc({{1, false}, {1, true}, {1, false}, {1, true}}), 0.5);
}

TEST(BacktestRocAuc, UndefinedWithoutBothClasses) {
  EXPECT_TRUE(std::isnan(roc_auc({{1, true}, {2, true}})));
  EXPECT_TRUE(std::isnan(roc_auc({{1, false}})));
  EXPECT_TRUE(std::isnan(roc_auc({})));
}

TEST(BacktestAveragePrecision, SumsPrecisionAtEachRecallStep) {
  // Ranked P N P N: recall steps of 1/2 at precision 1 and 2/3.
  EXPECT_DOUBLE_EQ(average_precision({{0.6, false}, {0.9, true}, {0.7, true}, {0.8, false}}), 0.5 + 0.5 * 2 / 3);
}

TEST(BacktestAveragePrecision, TiedScoresFormOneThreshold) {
  // 0.9 P, then {0.5 P, 0.5 N} enter together: 0.5 x 1 + 0.5 x 2/3, whatever their order.
  const double expected = 0.5 + 0.5 * 2 / 3;
  EXPECT_DOUBLE_EQ(average_precision({{0.9, true}, {0.5, true}, {0.5, false}, {0.1, false}}), expected);
  EXPECT_DOUBLE_EQ(average_precision({{0.9, true}, {0.5, false}, {0.5, true}, {0.1, false}}), expected);
  // Everything tied: precision is the base rate at the only threshold.
  EXPECT_DOUBLE_EQ(average_precision({{1, true}, {1, false}, {1, false}, {1, false}}), 0.25);
}

TEST(BacktestAveragePrecision, UndefinedWithoutPositives) {
  EXPECT_TRUE(std::isnan(average_precision({{1, false}})));
  EXPECT_DOUBLE_EQ(average_precision({{1, true}, {3, true}}), 1.0);
}

TEST(BacktestScoreMetrics, CountsClassesAndMissing) {
  const ScoreMetrics m = score_metrics({{0.9, true}, {0.5, false}, {0.1, false}}, 4);
  EXPECT_EQ(m.positives, 1u);
  EXPECT_EQ(m.negatives, 2u);
  EXPECT_EQ(m.missing, 4u);
  EXPECT_DOUBLE_EQ(m.roc_auc, 1.0);
  EXPECT_DOUBLE_EQ(m.pr_auc, 1.0);
}

}  // namespace
}  // namespace preseason
