#include "actors/devices/gps_unit.h"

#include <algorithm>
#include <cmath>

#include "actors/devices/round_half_away.h"

namespace preseason {

GpsUnit::GpsUnit(const GpsParams& p, Rng& rng) : p_(p), distance_bias_(p.distance_bias.draw(rng)) {}

void GpsUnit::session(Time end, const SessionOutcome& s, Rng& rng, std::vector<Reading>& out) {
  if (s.minutes <= 0 || rng.bernoulli(p_.wear.non_wear_probability)) return;
  const Time uploaded = upload_time(p_.wear, end, rng);
  auto measure = [&](double x, double cv) { return std::max(0.0, x * distance_bias_ * (1 + rng.normal(0, cv))); };
  auto emit = [&](Field f, double v) { append_reading(out, f, round_half_away(v), end, uploaded); };
  emit(Field::kGpsTotalDistance, measure(s.external.distance_m, p_.distance_cv));
  emit(Field::kGpsHighSpeedDistance, measure(s.external.high_speed_m, p_.high_speed_cv));
  emit(Field::kGpsSprintDistance, measure(s.external.sprint_m, p_.sprint_cv));
  emit(Field::kGpsAccelerations, std::max(0.0, s.external.accelerations * (1 + rng.normal(0, p_.accelerations_cv))));
}

}  // namespace preseason
