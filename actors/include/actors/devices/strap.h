// A strap worn around the clock: a morning recovery score (0-100 %) from HRV,
// resting HR and sleep against its own baselines, and a day strain (0-21) that is
// logarithmic in the day's load, so each extra point costs more load.
#pragma once

#include <vector>

#include "actors/athlete/morning_state.h"
#include "actors/devices/reading.h"
#include "actors/devices/rolling_baseline.h"
#include "actors/devices/wear_params.h"

namespace preseason {

struct StrapParams {
  WearParams wear{0.10};
  Distribution ln_rmssd_bias = Distribution::normal(0.05, 0.05);  // measured in deep sleep: a bit higher
  Distribution resting_hr_bias_bpm = Distribution::normal(-1, 1.0);
  double ln_rmssd_noise_sd = 0.06;
  double resting_hr_noise_sd_bpm = 1.0;
  double recovery_centre = 60;
  double recovery_per_hrv_z = 14;
  double recovery_per_rhr_z = -7;
  double recovery_per_sleep_h = 5;  // per hour of sleep above or below 8 h
  // Strain = 21 * ln(1 + L/scale) / ln(1 + max/scale), L = session load + everyday activity (AU).
  double strain_scale_au = 40;
  double strain_max_au = 2000;
  double everyday_activity_au = 50;
  double strain_noise_sd = 0.5;
  double baseline_days = 30;

  template <class Ar> void serialize(Ar& ar, unsigned) {
    ar & wear & ln_rmssd_bias & resting_hr_bias_bpm & ln_rmssd_noise_sd & resting_hr_noise_sd_bpm &
        recovery_centre & recovery_per_hrv_z & recovery_per_rhr_z & recovery_per_sleep_h & strain_scale_au &
        strain_max_au & everyday_activity_au & strain_noise_sd & baseline_days;
  }
};

class Strap {
 public:
  Strap() = default;
  Strap(const StrapParams& p, Rng& rng);

  // Recovery, HRV and resting HR for the night that ended this morning.
  void morning(const MorningState& m, Rng& rng, std::vector<Reading>& out);
  // Strain of the day from its total session-RPE load (AU), stamped at the sleep phase.
  void end_of_day(Day day, double session_load, Rng& rng, std::vector<Reading>& out);

  template <class Ar> void serialize(Ar& ar, unsigned) {
    ar & p_ & ln_rmssd_bias_ & resting_hr_bias_ & hrv_baseline_ & rhr_baseline_ & worn_today_;
  }

 private:
  StrapParams p_;
  double ln_rmssd_bias_ = 0;
  double resting_hr_bias_ = 0;
  RollingBaseline hrv_baseline_;
  RollingBaseline rhr_baseline_;
  bool worn_today_ = true;
};

}  // namespace preseason
