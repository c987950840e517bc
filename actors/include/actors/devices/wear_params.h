// How reliably a device is worn and synced: days it is not worn (no readings at
// all), the usual sync delay, and occasional late uploads of a day or more.
#pragma once

#include "actors/athlete/distribution.h"
#include "data/time.h"

namespace preseason {

struct WearParams {
  double non_wear_probability = 0.05;  // per day (per session for a GPS unit)
  Distribution sync_delay_min = Distribution::lognormal(5, 0.8, 0, 240);
  double late_upload_probability = 0.05;
  Distribution late_delay_h = Distribution::lognormal(20, 0.7, 1, 240);

  template <class Ar> void serialize(Ar& ar, unsigned) {
    ar & non_wear_probability & sync_delay_min & late_upload_probability & late_delay_h;
  }
};

// When a reading measured at `measured` reaches the server.
Time upload_time(const WearParams& p, Time measured, Rng& rng);

}  // namespace preseason
