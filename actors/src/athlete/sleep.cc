#include "actors/athlete/sleep.h"

#include <algorithm>

namespace preseason {

SleepNight draw_night(const SleepParams& p, const SleepConditions& c, Rng& rng) {
  double total = p.habitual_h - p.alcohol_loss_h_per_unit * c.alcohol_units - p.jet_lag_loss_h_per_h * c.jet_lag_h;
  if (c.late_match) total -= p.late_match_loss_h;
  if (c.ill) total -= p.illness_loss_h;
  total = std::clamp(total + rng.normal(0, p.night_to_night_sd_h), 2.0, 12.0);

  const double deep = std::clamp(
      p.deep_fraction + p.deep_fraction_per_strain * std::max(c.acute_strain, 0.0) + rng.normal(0, p.stage_fraction_sd),
      0.05, 0.40);
  const double rem = std::clamp(
      p.rem_fraction + p.rem_fraction_per_alcohol_unit * c.alcohol_units + rng.normal(0, p.stage_fraction_sd), 0.05,
      0.40);
  SleepNight n;
  n.total_h = total;
  n.deep_h = deep * total;
  n.rem_h = rem * total;
  n.light_h = total - n.deep_h - n.rem_h;
  n.wake_h = std::max(0.0, p.wake_h + p.wake_h_per_alcohol_unit * c.alcohol_units +
                               p.wake_h_per_jet_lag_h * c.jet_lag_h + rng.normal(0, p.wake_sd_h));
  return n;
}

}  // namespace preseason
