// Area under the ROC curve: the probability that a random positive day scores above a
// random negative one, tied scores counting one half (Mann-Whitney U with average ranks).
#pragma once

#include <vector>

#include "actors/backtest/scored_day.h"

namespace preseason {

// NaN when there is no positive or no negative day. Scores must not be NaN.
double roc_auc(std::vector<ScoredDay> days);

}  // namespace preseason
