// A bedroom sensor: night temperature, humidity and noise, each an AR(1) process
// around its own mean (so a warm week stays warm), reported at wake time.
#pragma once

#include <vector>

#include "actors/devices/reading.h"
#include "actors/devices/wear_params.h"

namespace preseason {

struct EnvironmentParams {
  WearParams wear{0.02};
  double temperature_mean_c = 20;
  double temperature_sd_c = 1.5;
  double humidity_mean_pct = 45;
  double humidity_sd_pct = 8;
  double noise_mean_db = 35;
  double noise_sd_db = 4;
  double day_to_day_correlation = 0.7;
  Distribution temperature_bias_c = Distribution::normal(0, 0.5);
  double measurement_noise_sd = 0.2;  // in each quantity's own unit

  template <class Ar> void serialize(Ar& ar, unsigned) {
    ar & wear & temperature_mean_c & temperature_sd_c & humidity_mean_pct & humidity_sd_pct & noise_mean_db &
        noise_sd_db & day_to_day_correlation & temperature_bias_c & measurement_noise_sd;
  }
};

class EnvironmentSensor {
 public:
  EnvironmentSensor() = default;
  EnvironmentSensor(const EnvironmentParams& p, Rng& rng);

  // Advances the room by one night and appends that night's readings for `day`'s morning.
  void morning(Day day, Rng& rng, std::vector<Reading>& out);

  double temperature_c() const { return p_.temperature_mean_c + p_.temperature_sd_c * temperature_z_; }

  template <class Ar> void serialize(Ar& ar, unsigned) {
    ar & p_ & temperature_bias_ & temperature_z_ & humidity_z_ & noise_z_;
  }

 private:
  EnvironmentParams p_;
  double temperature_bias_ = 0;
  // Standardised AR(1) states.
  double temperature_z_ = 0;
  double humidity_z_ = 0;
  double noise_z_ = 0;
};

}  // namespace preseason
