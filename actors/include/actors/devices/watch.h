// A sports watch: a morning body battery (0-100) charged by sleep and HRV against
// its own baseline and drained by fatigue-driven stress, and a training load per
// session (EPOC-like, roughly a third of session-RPE load).
#pragma once

#include <vector>

#include "actors/athlete/morning_state.h"
#include "actors/athlete/session.h"
#include "actors/devices/reading.h"
#include "actors/devices/rolling_baseline.h"
#include "actors/devices/wear_params.h"

namespace preseason {

struct WatchParams {
  WearParams wear{0.12};
  Distribution ln_rmssd_bias = Distribution::normal(0, 0.08);
  // Multiplicative training-load calibration of this unit.
  Distribution training_load_bias = Distribution::lognormal(1, 0.1);
  double ln_rmssd_noise_sd = 0.08;
  double body_battery_centre = 65;
  double body_battery_per_sleep_h = 8;  // above or below 7 h
  double body_battery_per_hrv_z = 10;
  double body_battery_noise_sd = 5;
  double training_load_per_au = 0.35;
  double training_load_cv = 0.15;
  double baseline_days = 28;

  template <class Ar> void serialize(Ar& ar, unsigned) {
    ar & wear & ln_rmssd_bias & training_load_bias & ln_rmssd_noise_sd & body_battery_centre &
        body_battery_per_sleep_h & body_battery_per_hrv_z & body_battery_noise_sd & training_load_per_au &
        training_load_cv & baseline_days;
  }
};

class Watch {
 public:
  Watch() = default;
  Watch(const WatchParams& p, Rng& rng);

  void morning(const MorningState& m, Rng& rng, std::vector<Reading>& out);
  // `end` is when the session finished.
  void session(Time end, const SessionOutcome& s, Rng& rng, std::vector<Reading>& out);

  double training_load_bias() const { return training_load_bias_; }

  template <class Ar> void serialize(Ar& ar, unsigned) {
    ar & p_ & ln_rmssd_bias_ & training_load_bias_ & hrv_baseline_ & worn_today_;
  }

 private:
  WatchParams p_;
  double ln_rmssd_bias_ = 0;
  double training_load_bias_ = 1;
  RollingBaseline hrv_baseline_;
  bool worn_today_ = true;
};

}  // namespace preseason
