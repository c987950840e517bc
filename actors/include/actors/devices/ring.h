// A smart ring: measures overnight HRV, resting HR, sleep stages (reported in
// seconds) and skin temperature deviation, and a 0-100 readiness score built
// against its own rolling baselines. One batch per worn night, at wake time.
#pragma once

#include <vector>

#include "actors/athlete/morning_state.h"
#include "actors/devices/reading.h"
#include "actors/devices/rolling_baseline.h"
#include "actors/devices/wear_params.h"

namespace preseason {

struct RingParams {
  WearParams wear{0.08};
  // Per-device offsets, drawn once: ln rMSSD (ln ms) and resting HR (bpm).
  Distribution ln_rmssd_bias = Distribution::normal(0, 0.05);
  Distribution resting_hr_bias_bpm = Distribution::normal(0, 1.0);
  double ln_rmssd_noise_sd = 0.05;
  double resting_hr_noise_sd_bpm = 1.0;
  double sleep_total_noise_sd_min = 15;
  // Stage minutes mis-scored, as a share of each stage (SD).
  double stage_noise_fraction = 0.15;
  double temperature_noise_sd_c = 0.1;
  // Readiness = centre + weights * (z-scores vs 60-day baselines, sleep vs 8 h).
  double readiness_centre = 75;
  double readiness_per_hrv_z = 8;
  double readiness_per_rhr_z = -5;
  double readiness_per_sleep_h = 6;
  double readiness_per_temperature_c = -15;
  double baseline_days = 60;

  template <class Ar> void serialize(Ar& ar, unsigned) {
    ar & wear & ln_rmssd_bias & resting_hr_bias_bpm & ln_rmssd_noise_sd & resting_hr_noise_sd_bpm &
        sleep_total_noise_sd_min & stage_noise_fraction & temperature_noise_sd_c & readiness_centre &
        readiness_per_hrv_z & readiness_per_rhr_z & readiness_per_sleep_h & readiness_per_temperature_c &
        baseline_days;
  }
};

class Ring {
 public:
  Ring() = default;
  Ring(const RingParams& p, Rng& rng);

  // Appends the night's readings (none on a non-wear day).
  void morning(const MorningState& m, Rng& rng, std::vector<Reading>& out);

  double ln_rmssd_bias() const { return ln_rmssd_bias_; }
  double resting_hr_bias_bpm() const { return resting_hr_bias_; }

  template <class Ar> void serialize(Ar& ar, unsigned) {
    ar & p_ & ln_rmssd_bias_ & resting_hr_bias_ & hrv_baseline_ & rhr_baseline_;
  }

 private:
  RingParams p_;
  double ln_rmssd_bias_ = 0;
  double resting_hr_bias_ = 0;
  RollingBaseline hrv_baseline_;
  RollingBaseline rhr_baseline_;
};

}  // namespace preseason
