// PR-AUC as average precision: sum over score thresholds, highest first, of
// (recall gain) x (precision at that threshold). Tied scores form one threshold, so
// the order of equal scores never matters (as scikit-learn's average_precision_score).
#pragma once

#include <vector>

#include "actors/backtest/scored_day.h"

namespace preseason {

// NaN when there is no positive day. Scores must not be NaN.
double average_precision(std::vector<ScoredDay> days);

}  // namespace preseason
