// Injury hazard per hour of exposure: a baseline rate for training or matches
// multiplied by relative risks for a load spike (EWMA ACWR), short sleep, high
// fatigue and a recent injury. A pure function, so each factor can be checked alone.
#pragma once

#include "actors/athlete/distribution.h"

namespace preseason {

struct InjuryParams {
  // Rates for an athlete with no risk factor present, per 1000 h. Calibrated so a
  // squad's mix of risk factors gives about 4 (training) and 27.5 (match) per
  // 1000 h overall (Ekstrand 2011, UEFA Elite Club Injury Study).
  double baseline_training_per_1000h = 1.7;
  double baseline_match_per_1000h = 11.0;
  // Load spike: EWMA ACWR above the threshold (Gabbett 2016; Hulin 2016, RR 2-4).
  double acwr_spike_threshold = 1.5;
  double acwr_spike_rr = 2.0;
  // Mean sleep of the last 7 nights under the threshold (Milewski 2014, RR 1.7).
  double short_sleep_threshold_h = 8.0;
  double short_sleep_rr = 1.7;
  // Banister fatigue relative to the athlete's habitual level above the threshold.
  double high_fatigue_threshold = 1.5;
  double high_fatigue_rr = 1.5;
  // Returned from an injury within this window (Hagglund 2006, HR 2.7).
  double prior_injury_window_days = 60;
  double prior_injury_hr = 2.7;
  // Days of time loss, right-skewed (median 8 d, ~13% > 28 d).
  Distribution days_out = Distribution::lognormal(8, 1.1, 1, 300);

  template <class Ar> void serialize(Ar& ar, unsigned) {
    ar & baseline_training_per_1000h & baseline_match_per_1000h & acwr_spike_threshold & acwr_spike_rr &
        short_sleep_threshold_h & short_sleep_rr & high_fatigue_threshold & high_fatigue_rr &
        prior_injury_window_days & prior_injury_hr & days_out;
  }
};

struct InjuryRiskFactors {
  double acwr = 1;
  double mean_sleep_h = 8;
  double relative_fatigue = 1;
  bool recent_injury = false;
};

// Injuries per hour of exposure.
double injury_rate_per_hour(const InjuryParams& p, const InjuryRiskFactors& f, bool match);

}  // namespace preseason
