#include "actors/backtest/average_precision.h"

#include <algorithm>
#include <cmath>

namespace preseason {

double average_precision(std::vector<ScoredDay> days) {
  std::sort(days.begin(), days.end(), [](const ScoredDay& a, const ScoredDay& b) { return a.score > b.score; });
  double positives = 0;
  for (const ScoredDay& d : days) positives += d.positive;
  if (positives == 0) return std::nan("");
  double ap = 0;
  double hits = 0;
  for (std::size_t i = 0; i < days.size();) {
    std::size_t j = i;
    double tied_hits = 0;
    for (; j < days.size() && days[j].score == days[i].score; ++j) tied_hits += days[j].positive;
    hits += tied_hits;
    ap += (tied_hits / positives) * (hits / j);
    i = j;
  }
  return ap;
}

}  // namespace preseason
