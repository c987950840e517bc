// The external load an athlete produces in a session: distance, high-speed and
// sprint running and accelerations, scaled by minutes, the session's intensity
// and the athlete's running capacity (elite match ~105 m/min, ~8 % above 19.8 km/h).
#pragma once

#include "actors/athlete/session.h"
#include "engine/random.h"

namespace preseason {

struct MovementParams {
  double running_capacity = 1.0;          // the athlete's multiplier on all distances
  double metres_per_min_at_rest = 45;     // a session of intensity 0
  double metres_per_min_per_intensity = 60;
  double high_speed_fraction_at_full = 0.08;  // of distance, at intensity 1
  double sprint_share_of_high_speed = 0.3;
  double accelerations_per_min = 0.25;
  double accelerations_per_min_per_intensity = 0.35;
  double session_cv = 0.10;  // session-to-session variation of each quantity

  template <class Ar> void serialize(Ar& ar, unsigned) {
    ar & running_capacity & metres_per_min_at_rest & metres_per_min_per_intensity & high_speed_fraction_at_full &
        sprint_share_of_high_speed & accelerations_per_min & accelerations_per_min_per_intensity & session_cv;
  }
};

ExternalLoad draw_external_load(const MovementParams& p, double minutes, double intensity, Rng& rng);

}  // namespace preseason
