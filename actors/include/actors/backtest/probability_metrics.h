// Everything reported about one probability score on labelled athlete-days: ROC-AUC,
// PR-AUC and Brier score with athlete-bootstrap 95 % intervals, a calibration table, and
// the counts they rest on.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "actors/backtest/bootstrap_interval.h"
#include "actors/backtest/calibration_table.h"

namespace preseason {

struct ProbabilityMetrics {
  std::size_t athletes = 0;
  std::size_t days = 0;
  std::size_t positive_days = 0;
  Interval roc_auc;
  Interval pr_auc;
  Interval brier;
  std::vector<CalibrationBin> calibration;
};

// `athletes[a]` holds athlete a's labelled days with their probabilities.
ProbabilityMetrics probability_metrics(const std::vector<std::vector<ScoredDay>>& athletes, int bootstrap,
                                       std::uint64_t seed, int calibration_bins = 10);

}  // namespace preseason
