#include "actors/devices/watch.h"

#include <algorithm>
#include <cmath>

#include "actors/devices/round_half_away.h"

namespace preseason {

Watch::Watch(const WatchParams& p, Rng& rng)
    : p_(p),
      ln_rmssd_bias_(p.ln_rmssd_bias.draw(rng)),
      training_load_bias_(p.training_load_bias.draw(rng)),
      hrv_baseline_(p.baseline_days, 0.05) {}

void Watch::morning(const MorningState& m, Rng& rng, std::vector<Reading>& out) {
  worn_today_ = !rng.bernoulli(p_.wear.non_wear_probability);
  if (!worn_today_) return;
  const Time measured = at(m.day, Phase::kMorning);
  const double ln_rmssd = m.ln_rmssd + ln_rmssd_bias_ + rng.normal(0, p_.ln_rmssd_noise_sd);
  const double battery = p_.body_battery_centre + p_.body_battery_per_sleep_h * (m.sleep.total_h - 7) +
                         p_.body_battery_per_hrv_z * hrv_baseline_.z(ln_rmssd) + rng.normal(0, p_.body_battery_noise_sd);
  hrv_baseline_.add(ln_rmssd);
  append_reading(out, Field::kWatchBodyBattery, round_half_away(std::clamp(battery, 5.0, 100.0)), measured,
                 upload_time(p_.wear, measured, rng));
}

void Watch::session(Time end, const SessionOutcome& s, Rng& rng, std::vector<Reading>& out) {
  if (!worn_today_ || s.minutes <= 0) return;
  const double load = s.srpe_load * p_.training_load_per_au * training_load_bias_ *
                      std::max(0.0, 1 + rng.normal(0, p_.training_load_cv));
  append_reading(out, Field::kWatchTrainingLoad, round_half_away(load), end, upload_time(p_.wear, end, rng));
}

}  // namespace preseason
