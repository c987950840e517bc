#include "actors/backtest/calibration_table.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "actors/backtest/sorted_quantile.h"

namespace preseason {

std::vector<CalibrationBin> calibration_table(const std::vector<ScoredDay>& days, int bins) {
  if (bins < 1) throw std::invalid_argument("a calibration table needs at least one bin");
  std::vector<double> sorted;
  for (const ScoredDay& d : days) sorted.push_back(d.score);
  std::sort(sorted.begin(), sorted.end());
  std::vector<double> edges(static_cast<std::size_t>(bins) + 1);
  for (std::size_t k = 0; k < edges.size(); ++k) {
    const double q = static_cast<double>(k) / bins;
    edges[k] = sorted.empty() ? q : sorted_quantile(sorted, q);
  }
  std::vector<CalibrationBin> table(static_cast<std::size_t>(bins));
  std::vector<double> predicted(table.size(), 0.0);
  std::vector<double> positives(table.size(), 0.0);
  for (const ScoredDay& d : days) {
    // The first inner edge not below the score: ties with an edge go to the lower bin.
    const auto k = static_cast<std::size_t>(std::lower_bound(edges.begin() + 1, edges.end() - 1, d.score) -
                                            (edges.begin() + 1));
    ++table[k].count;
    predicted[k] += d.score;
    positives[k] += d.positive ? 1.0 : 0.0;
  }
  for (std::size_t k = 0; k < table.size(); ++k) {
    CalibrationBin& b = table[k];
    b.lower = edges[k];
    b.upper = edges[k + 1];
    const double n = static_cast<double>(b.count);
    b.mean_predicted = b.count ? predicted[k] / n : std::nan("");
    b.observed_rate = b.count ? positives[k] / n : std::nan("");
  }
  return table;
}

}  // namespace preseason
