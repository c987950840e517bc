#include "actors/backtest/probability_metrics.h"

#include "actors/backtest/average_precision.h"
#include "actors/backtest/brier_score.h"
#include "actors/backtest/roc_auc.h"

namespace preseason {

ProbabilityMetrics probability_metrics(const std::vector<std::vector<ScoredDay>>& athletes, int bootstrap,
                                       std::uint64_t seed, int calibration_bins) {
  ProbabilityMetrics m;
  std::vector<ScoredDay> all;
  for (const std::vector<ScoredDay>& a : athletes) {
    if (!a.empty()) ++m.athletes;
    all.insert(all.end(), a.begin(), a.end());
  }
  m.days = all.size();
  for (const ScoredDay& d : all) m.positive_days += d.positive;
  // The same seed for each metric: all three see the same resampled squads.
  m.roc_auc = bootstrap_interval(athletes, [](const auto& d) { return roc_auc(d); }, bootstrap, seed);
  m.pr_auc = bootstrap_interval(athletes, [](const auto& d) { return average_precision(d); }, bootstrap, seed);
  m.brier = bootstrap_interval(athletes, [](const auto& d) { return brier_score(d); }, bootstrap, seed);
  m.calibration = calibration_table(all, calibration_bins);
  return m;
}

}  // namespace preseason
