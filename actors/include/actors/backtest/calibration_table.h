// Reliability of predicted probabilities: days grouped into probability bins, each with
// its count, mean prediction and observed positive rate; a calibrated model has mean
// prediction close to the observed rate in every bin. Bins are quantiles of the
// predictions (scikit-learn's calibration_curve(strategy="quantile")): with rare events
// nearly every probability is below 0.1, so equal-width bins would put all days in one.
#pragma once

#include <cstddef>
#include <vector>

#include "actors/backtest/scored_day.h"

namespace preseason {

struct CalibrationBin {
  double lower = 0;  // bin k holds lower < p <= upper (the first bin also p = lower)
  double upper = 0;
  std::size_t count = 0;
  double mean_predicted = 0;  // NaN when the bin is empty (tied quantiles)
  double observed_rate = 0;   // NaN when the bin is empty
};

// Edges are the k/bins quantiles of the scores, interpolated linearly (numpy's default).
// Requires bins >= 1; no days gives bins empty bins on [0, 1].
std::vector<CalibrationBin> calibration_table(const std::vector<ScoredDay>& days, int bins = 10);

}  // namespace preseason
