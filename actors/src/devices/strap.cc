#include "actors/devices/strap.h"

#include <algorithm>
#include <cmath>

#include "actors/devices/round_half_away.h"

namespace preseason {

Strap::Strap(const StrapParams& p, Rng& rng)
    : p_(p),
      ln_rmssd_bias_(p.ln_rmssd_bias.draw(rng)),
      resting_hr_bias_(p.resting_hr_bias_bpm.draw(rng)),
      hrv_baseline_(p.baseline_days, 0.05),
      rhr_baseline_(p.baseline_days, 1.0) {}

void Strap::morning(const MorningState& m, Rng& rng, std::vector<Reading>& out) {
  worn_today_ = !rng.bernoulli(p_.wear.non_wear_probability);
  if (!worn_today_) return;
  const Time measured = at(m.day, Phase::kMorning);
  const Time uploaded = upload_time(p_.wear, measured, rng);
  const double ln_rmssd = m.ln_rmssd + ln_rmssd_bias_ + rng.normal(0, p_.ln_rmssd_noise_sd);
  const double rhr = round_half_away(m.resting_hr_bpm + resting_hr_bias_ + rng.normal(0, p_.resting_hr_noise_sd_bpm));
  const double recovery = p_.recovery_centre + p_.recovery_per_hrv_z * hrv_baseline_.z(ln_rmssd) +
                          p_.recovery_per_rhr_z * rhr_baseline_.z(rhr) + p_.recovery_per_sleep_h * (m.sleep.total_h - 8);
  hrv_baseline_.add(ln_rmssd);
  rhr_baseline_.add(rhr);
  append_reading(out, Field::kStrapRecovery, round_half_away(std::clamp(recovery, 0.0, 100.0)), measured, uploaded);
  append_reading(out, Field::kStrapHrv, round_half_away(std::exp(ln_rmssd) * 10) / 10, measured, uploaded);
  append_reading(out, Field::kStrapRestingHr, rhr, measured, uploaded);
}

void Strap::end_of_day(Day day, double session_load, Rng& rng, std::vector<Reading>& out) {
  if (!worn_today_) return;
  const Time measured = at(day, Phase::kSleep);
  const double load = std::max(0.0, session_load + p_.everyday_activity_au);
  // log(1 + x) instead of log1p: its error is absolute, ~1e-16, on a score reported
  // to 0.1, and it costs a fraction of log1p.
  const double full = std::log(1 + p_.strain_max_au / p_.strain_scale_au);
  const double strain = 21 * std::log(1 + load / p_.strain_scale_au) / full + rng.normal(0, p_.strain_noise_sd);
  append_reading(out, Field::kStrapStrain, round_half_away(std::clamp(strain, 0.0, 21.0) * 10) / 10, measured,
                 upload_time(p_.wear, measured, rng));
}

}  // namespace preseason
