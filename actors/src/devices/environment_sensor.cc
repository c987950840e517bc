#include "actors/devices/environment_sensor.h"

#include <algorithm>
#include <cmath>

#include "actors/devices/round_half_away.h"

namespace preseason {

EnvironmentSensor::EnvironmentSensor(const EnvironmentParams& p, Rng& rng)
    : p_(p), temperature_bias_(p.temperature_bias_c.draw(rng)) {}

void EnvironmentSensor::morning(Day day, Rng& rng, std::vector<Reading>& out) {
  const double r = p_.day_to_day_correlation;
  const double innovation = std::sqrt(1 - r * r);
  temperature_z_ = r * temperature_z_ + innovation * rng.normal();
  humidity_z_ = r * humidity_z_ + innovation * rng.normal();
  noise_z_ = r * noise_z_ + innovation * rng.normal();
  if (rng.bernoulli(p_.wear.non_wear_probability)) return;
  const Time measured = at(day, Phase::kMorning);
  const Time uploaded = upload_time(p_.wear, measured, rng);
  const double e = p_.measurement_noise_sd;
  auto emit = [&](Field f, double v) { append_reading(out, f, v, measured, uploaded); };
  const double temperature = temperature_c() + temperature_bias_ + rng.normal(0, e);
  const double humidity = p_.humidity_mean_pct + p_.humidity_sd_pct * humidity_z_ + rng.normal(0, e);
  const double noise = p_.noise_mean_db + p_.noise_sd_db * noise_z_ + rng.normal(0, e);
  emit(Field::kEnvTemperature, round_half_away(temperature * 10) / 10);
  emit(Field::kEnvHumidity, round_half_away(std::clamp(humidity, 0.0, 100.0)));
  emit(Field::kEnvNoise, round_half_away(std::max(0.0, noise)));
}

}  // namespace preseason
