#include "actors/devices/ring.h"

#include <algorithm>
#include <cmath>

#include "actors/devices/round_half_away.h"

namespace preseason {

Ring::Ring(const RingParams& p, Rng& rng)
    : p_(p),
      ln_rmssd_bias_(p.ln_rmssd_bias.draw(rng)),
      resting_hr_bias_(p.resting_hr_bias_bpm.draw(rng)),
      hrv_baseline_(p.baseline_days, 0.05),
      rhr_baseline_(p.baseline_days, 1.0) {}

void Ring::morning(const MorningState& m, Rng& rng, std::vector<Reading>& out) {
  if (rng.bernoulli(p_.wear.non_wear_probability)) return;
  const Time measured = at(m.day, Phase::kMorning);
  const Time uploaded = upload_time(p_.wear, measured, rng);
  auto emit = [&](Field f, double v) { append_reading(out, f, v, measured, uploaded); };

  const double ln_rmssd = m.ln_rmssd + ln_rmssd_bias_ + rng.normal(0, p_.ln_rmssd_noise_sd);
  const double rhr = round_half_away(m.resting_hr_bpm + resting_hr_bias_ + rng.normal(0, p_.resting_hr_noise_sd_bpm));
  const double total_s = std::max(0.0, m.sleep.total_h * 3600 + rng.normal(0, p_.sleep_total_noise_sd_min * 60));
  auto stage = [&](double h) { return std::max(0.0, h * (1 + rng.normal(0, p_.stage_noise_fraction))); };
  const double deep = stage(m.sleep.deep_h), light = stage(m.sleep.light_h), rem = stage(m.sleep.rem_h);
  const double scale = total_s / std::max(1.0, (deep + light + rem) * 3600);
  const double temp = m.skin_temp_deviation_c + rng.normal(0, p_.temperature_noise_sd_c);

  const double readiness = p_.readiness_centre + p_.readiness_per_hrv_z * hrv_baseline_.z(ln_rmssd) +
                           p_.readiness_per_rhr_z * rhr_baseline_.z(rhr) +
                           p_.readiness_per_sleep_h * (total_s / 3600 - 8) +
                           p_.readiness_per_temperature_c * std::max(0.0, std::abs(temp) - 0.3);
  hrv_baseline_.add(ln_rmssd);
  rhr_baseline_.add(rhr);

  emit(Field::kRingReadiness, round_half_away(std::clamp(readiness, 0.0, 100.0)));
  emit(Field::kRingLnRmssd, ln_rmssd);
  emit(Field::kRingRmssd, std::exp(ln_rmssd));
  emit(Field::kRingSleepTotal, round_half_away(total_s));
  emit(Field::kRingSleepDeep, round_half_away(deep * 3600 * scale));
  emit(Field::kRingSleepLight, round_half_away(light * 3600 * scale));
  emit(Field::kRingSleepRem, round_half_away(rem * 3600 * scale));
  emit(Field::kRingSleepAwake, round_half_away(std::max(0.0, m.sleep.wake_h * 3600 * (1 + rng.normal(0, p_.stage_noise_fraction)))));
  emit(Field::kRingRestingHr, rhr);
  emit(Field::kRingTemperatureDeviation, round_half_away(temp * 100) / 100);
}

}  // namespace preseason
