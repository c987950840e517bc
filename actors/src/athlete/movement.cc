#include "actors/athlete/movement.h"

#include <algorithm>
#include <cmath>

namespace preseason {

ExternalLoad draw_external_load(const MovementParams& p, double minutes, double intensity, Rng& rng) {
  const double i = std::clamp(intensity, 0.0, 1.0);
  auto vary = [&] { return std::max(0.0, 1 + rng.normal(0, p.session_cv)); };
  ExternalLoad e;
  e.distance_m = minutes * (p.metres_per_min_at_rest + p.metres_per_min_per_intensity * i) * p.running_capacity * vary();
  e.high_speed_m = e.distance_m * p.high_speed_fraction_at_full * i * std::sqrt(i) * vary();
  e.sprint_m = e.high_speed_m * p.sprint_share_of_high_speed * vary();
  e.accelerations = std::round(minutes * (p.accelerations_per_min + p.accelerations_per_min_per_intensity * i) * vary());
  return e;
}

}  // namespace preseason
