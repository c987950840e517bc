// How well a risk score ranks labelled athlete-days: ROC-AUC and PR-AUC (average
// precision) over the days that have a score, with the class counts they rest on.
#pragma once

#include <cstddef>
#include <vector>

#include "actors/backtest/scored_day.h"

namespace preseason {

struct ScoreMetrics {
  std::size_t positives = 0;
  std::size_t negatives = 0;
  std::size_t missing = 0;  // labelled days without a score, left out
  double roc_auc = 0;       // NaN without both classes
  double pr_auc = 0;        // NaN without positives; chance level is positives / days
};

ScoreMetrics score_metrics(const std::vector<ScoredDay>& days, std::size_t missing);

}  // namespace preseason
