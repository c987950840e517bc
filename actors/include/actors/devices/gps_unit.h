// A GPS/GNSS vest unit, one per session: total distance, high-speed running
// (> 19.8 km/h), sprinting (> 25.2 km/h) and accelerations. Error grows with
// speed (Scott 2016), so high-speed bands are noisier than total distance.
#pragma once

#include <vector>

#include "actors/athlete/session.h"
#include "actors/devices/reading.h"
#include "actors/devices/wear_params.h"

namespace preseason {

struct GpsParams {
  // Non-wear here is a session without data (unit not worn, flat, no fix).
  WearParams wear{0.03, Distribution::lognormal(90, 0.5, 10, 720), 0.02};
  // Per-unit calibration on distances, drawn once (1 = exact).
  Distribution distance_bias = Distribution::lognormal(1, 0.02);
  double distance_cv = 0.02;
  double high_speed_cv = 0.08;
  double sprint_cv = 0.12;
  double accelerations_cv = 0.10;

  template <class Ar> void serialize(Ar& ar, unsigned) {
    ar & wear & distance_bias & distance_cv & high_speed_cv & sprint_cv & accelerations_cv;
  }
};

class GpsUnit {
 public:
  GpsUnit() = default;
  GpsUnit(const GpsParams& p, Rng& rng);

  void session(Time end, const SessionOutcome& s, Rng& rng, std::vector<Reading>& out);

  double distance_bias() const { return distance_bias_; }

  template <class Ar> void serialize(Ar& ar, unsigned) { ar & p_ & distance_bias_; }

 private:
  GpsParams p_;
  double distance_bias_ = 1;
};

}  // namespace preseason
