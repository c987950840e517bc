#include "actors/backtest/brier_score.h"

#include <cmath>

namespace preseason {

double brier_score(const std::vector<ScoredDay>& days) {
  if (days.empty()) return std::nan("");
  double sum = 0;
  for (const ScoredDay& d : days) {
    const double e = d.score - (d.positive ? 1.0 : 0.0);
    sum += e * e;
  }
  return sum / static_cast<double>(days.size());
}

}  // namespace preseason
