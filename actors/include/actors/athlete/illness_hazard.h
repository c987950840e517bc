// Daily probability of falling ill (mostly upper-respiratory), raised by high
// training load, short sleep and recent long-haul travel (Schwellnus 2016).
// A pure function, like the injury hazard.
#pragma once

#include "actors/athlete/distribution.h"

namespace preseason {

struct IllnessParams {
  // About 0.7 illnesses per player-season of ~300 days without risk factors.
  double baseline_per_day = 0.0022;
  double high_fatigue_threshold = 1.3;  // relative Banister fatigue
  double high_fatigue_rr = 1.5;
  double short_sleep_threshold_h = 7.0;  // mean of the last 7 nights
  double short_sleep_rr = 1.5;
  double jet_lag_rr = 2.0;  // while any time-zone desynchrony remains
  Distribution days_ill = Distribution::lognormal(3, 0.5, 1, 21);

  template <class Ar> void serialize(Ar& ar, unsigned) {
    ar & baseline_per_day & high_fatigue_threshold & high_fatigue_rr & short_sleep_threshold_h &
        short_sleep_rr & jet_lag_rr & days_ill;
  }
};

double illness_probability_per_day(const IllnessParams& p, double relative_fatigue, double mean_sleep_h,
                                   double jet_lag_h);

}  // namespace preseason
