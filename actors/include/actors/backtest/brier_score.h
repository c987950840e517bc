// Brier score: the mean squared difference between a predicted probability and the
// outcome (1 positive, 0 negative). Lower is better; it rewards calibration as well as
// ranking, which ROC-AUC and PR-AUC ignore.
#pragma once

#include <vector>

#include "actors/backtest/scored_day.h"

namespace preseason {

// NaN when there is no day. Scores are probabilities in [0, 1].
double brier_score(const std::vector<ScoredDay>& days);

}  // namespace preseason
