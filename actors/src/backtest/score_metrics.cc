#include "actors/backtest/score_metrics.h"

#include "actors/backtest/average_precision.h"
#include "actors/backtest/roc_auc.h"

namespace preseason {

ScoreMetrics score_metrics(const std::vector<ScoredDay>& days, std::size_t missing) {
  ScoreMetrics m;
  for (const ScoredDay& d : days) ++(d.positive ? m.positives : m.negatives);
  m.missing = missing;
  m.roc_auc = roc_auc(days);
  m.pr_auc = average_precision(days);
  return m;
}

}  // namespace preseason
