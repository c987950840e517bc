#include "actors/backtest/roc_auc.h"

#include <algorithm>
#include <cmath>

namespace preseason {

double roc_auc(std::vector<ScoredDay> days) {
  std::sort(days.begin(), days.end(), [](const ScoredDay& a, const ScoredDay& b) { return a.score < b.score; });
  double positive_rank_sum = 0;
  double positives = 0;
  for (std::size_t i = 0; i < days.size();) {
    std::size_t j = i;
    double tied_positives = 0;
    for (; j < days.size() && days[j].score == days[i].score; ++j) tied_positives += days[j].positive;
    const double average_rank = (i + 1 + j) / 2.0;  // ranks i+1 .. j
    positive_rank_sum += tied_positives * average_rank;
    positives += tied_positives;
    i = j;
  }
  const double negatives = days.size() - positives;
  if (positives == 0 || negatives == 0) return std::nan("");
  return (positive_rank_sum - positives * (positives + 1) / 2) / (positives * negatives);
}

}  // namespace preseason
