// Scores alert rules and risk scores against recorded injuries for one horizon: the
// labelled athlete-days, per rule AlertMetrics and per score ScoreMetrics.
#pragma once

#include <string>
#include <vector>

#include "actors/backtest/alert_metrics.h"
#include "actors/backtest/backtest_athlete.h"
#include "actors/backtest/risk_score.h"
#include "actors/backtest/score_metrics.h"
#include "actors/rules/feature_expression.h"

namespace preseason {

struct BacktestReport {
  int horizon = 0;
  std::size_t athletes = 0;
  std::size_t feature_days = 0;
  std::size_t labelled_days = 0;
  std::size_t positive_days = 0;  // labelled days with an injury in their horizon
  std::size_t injuries = 0;
  std::size_t evaluable_injuries = 0;
  std::vector<AlertMetrics> rules;   // in the order of the rules given
  std::vector<ScoreMetrics> scores;  // in the order of the scores given
};

BacktestReport run_backtest(const std::vector<BacktestAthlete>& athletes, std::vector<FeatureExpression>& rules,
                            const std::vector<RiskScore>& scores, int horizon);

}  // namespace preseason
