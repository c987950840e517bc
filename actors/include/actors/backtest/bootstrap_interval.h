// Percentile bootstrap confidence intervals that resample whole athletes (clusters) with
// replacement: an athlete's days are correlated, so resampling days would understate
// the uncertainty. Deterministic for a given seed.
#pragma once

#include <cstdint>
#include <functional>
#include <vector>

#include "actors/backtest/scored_day.h"

namespace preseason {

struct Interval {
  double estimate = 0;  // the metric on the data as given
  double lower = 0;     // NaN when no replicate gave a value
  double upper = 0;
  int replicates = 0;   // resamples on which the metric was defined (not NaN)
};

using DayMetric = std::function<double(const std::vector<ScoredDay>&)>;

// `athletes[a]` holds athlete a's scored days. Quantiles interpolate linearly between
// order statistics (numpy's default). replicates = 0 gives the estimate alone.
Interval bootstrap_interval(const std::vector<std::vector<ScoredDay>>& athletes, const DayMetric& metric,
                            int replicates, std::uint64_t seed, double level = 0.95);

}  // namespace preseason
