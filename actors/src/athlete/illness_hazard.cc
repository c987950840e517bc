#include "actors/athlete/illness_hazard.h"

#include <algorithm>

namespace preseason {

double illness_probability_per_day(const IllnessParams& p, double relative_fatigue, double mean_sleep_h,
                                   double jet_lag_h) {
  double prob = p.baseline_per_day;
  if (relative_fatigue > p.high_fatigue_threshold) prob *= p.high_fatigue_rr;
  if (mean_sleep_h < p.short_sleep_threshold_h) prob *= p.short_sleep_rr;
  if (jet_lag_h > 0) prob *= p.jet_lag_rr;
  return std::min(prob, 1.0);
}

}  // namespace preseason
