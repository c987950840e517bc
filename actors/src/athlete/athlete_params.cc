#include "actors/athlete/athlete_params.h"

namespace preseason {

AthleteParams AthletePopulation::draw(Rng& rng) const {
  AthleteParams p = shared;
  p.habitual_daily_load = habitual_daily_load.draw(rng);
  p.banister.fitness_time_constant_days = fitness_time_constant_days.draw(rng);
  p.banister.fatigue_time_constant_days = fatigue_time_constant_days.draw(rng);
  p.banister.fatigue_gain = fatigue_gain.draw(rng);
  p.responses.ln_rmssd.baseline = baseline_ln_rmssd.draw(rng);
  p.responses.resting_hr_bpm.baseline = baseline_resting_hr_bpm.draw(rng);
  p.responses.ln_rmssd.day_to_day_sd = hrv_day_to_day_sd.draw(rng);
  p.sleep.habitual_h = habitual_sleep_h.draw(rng);
  p.sleep.need_h = sleep_need_h.draw(rng);
  p.movement.running_capacity = running_capacity.draw(rng);
  p.overreaching.fatigue_threshold = overreaching_fatigue_threshold.draw(rng);
  return p;
}

}  // namespace preseason
