#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>

#include "actors/backtest/backtest.h"

namespace preseason {
namespace {

FeatureRecord day(Day d, double acwr) {
  FeatureRecord r;
  r.day = d;
  r.values.fill(std::nan(""));
  r.inputs.fill(std::nan(""));
  r.values[index(Feature::kAcwrEwma)] = acwr;
  return r;
}

// Athlete a: days 0..9, injury on 5, horizon 2 -> labelled days 0..7, positive 3 and 4.
// acwr is high on 3 and 7 and missing on 0. Athlete b has an injury and no feature day.
std::vector<BacktestAthlete> squad() {
  BacktestAthlete a{"a", {}, {5}};
  for (Day d = 0; d < 10; ++d) a.records.push_back(day(d, d == 0 ? std::nan("") : d == 3 || d == 7 ? 2.0 : 1.0));
  return {a, BacktestAthlete{"b", {}, {4}}};
}

TEST(BacktestRun, LabelsCountsAndRules) {
  std::vector<FeatureExpression> rules;
  rules.emplace_back("acwr_ewma > 1.5");
  const BacktestReport r = run_backtest(squad(), rules, {}, 2);
  EXPECT_EQ(r.athletes, 2u);
  EXPECT_EQ(r.feature_days, 10u);
  EXPECT_EQ(r.labelled_days, 8u);
  EXPECT_EQ(r.positive_days, 2u);
  EXPECT_EQ(r.injuries, 2u);
  EXPECT_EQ(r.evaluable_injuries, 1u);
  ASSERT_EQ(r.rules.size(), 1u);
  EXPECT_EQ(r.rules[0].alerts, 2u);
  EXPECT_EQ(r.rules[0].true_alerts, 1u);
  EXPECT_EQ(r.rules[0].injuries, 2u);
  EXPECT_EQ(r.rules[0].detected, 1u);
  EXPECT_EQ(r.rules[0].lead_days, (std::vector<int>{2}));
}

TEST(BacktestRun, ScoresSkipMissingDaysAndFlip) {
  std::vector<FeatureExpression> rules;
  const BacktestReport r = run_backtest(squad(), rules, {RiskScore("acwr_ewma"), RiskScore("-acwr_ewma")}, 2);
  ASSERT_EQ(r.scores.size(), 2u);
  // Labelled scored days 1..7: positives 3 (2.0) and 4 (1.0); negatives 1, 2, 5, 6 (1.0), 7 (2.0).
  EXPECT_EQ(r.scores[0].positives, 2u);
  EXPECT_EQ(r.scores[0].negatives, 5u);
  EXPECT_EQ(r.scores[0].missing, 1u);
  // Pairs won: 2.0 beats four 1.0s and ties 2.0 (4.5); 1.0 ties four 1.0s (2) -> 6.5 / 10.
  EXPECT_DOUBLE_EQ(r.scores[0].roc_auc, 0.65);
  EXPECT_DOUBLE_EQ(r.scores[1].roc_auc, 0.35);
}

TEST(BacktestRun, UnknownScoreListsValidNames) {
  try {
    RiskScore s("-acwr");
    FAIL();
  } catch (const std::invalid_argument& e) {
    const std::string what = e.what();
    EXPECT_NE(what.find("unknown score '-acwr'"), std::string::npos) << what;
    EXPECT_NE(what.find("acwr_ewma"), std::string::npos) << what;
    EXPECT_NE(what.find("sleep_debt7"), std::string::npos) << what;
  }
}

}  // namespace
}  // namespace preseason
