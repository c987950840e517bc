#include "actors/athlete/injury_hazard.h"

namespace preseason {

double injury_rate_per_hour(const InjuryParams& p, const InjuryRiskFactors& f, bool match) {
  double rate = (match ? p.baseline_match_per_1000h : p.baseline_training_per_1000h) / 1000;
  if (f.acwr > p.acwr_spike_threshold) rate *= p.acwr_spike_rr;
  if (f.mean_sleep_h < p.short_sleep_threshold_h) rate *= p.short_sleep_rr;
  if (f.relative_fatigue > p.high_fatigue_threshold) rate *= p.high_fatigue_rr;
  if (f.recent_injury) rate *= p.prior_injury_hr;
  return rate;
}

}  // namespace preseason
