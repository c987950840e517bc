// Everything an athlete actor is built from: drawn parameters, the devices it
// wears (absent = not worn), its evening habits, and where its data goes.
#pragma once

#include <optional>

#include "actors/athlete/athlete_params.h"
#include "actors/athlete/distribution.h"
#include "actors/devices/environment_sensor.h"
#include "actors/devices/gps_unit.h"
#include "actors/devices/ring.h"
#include "actors/devices/strap.h"
#include "actors/devices/watch.h"
#include "actors/devices/wellness_app.h"
#include "engine/event.h"
#include "engine/optional_serialization.h"

namespace preseason::season {

struct WornDevices {
  std::optional<RingParams> ring;
  std::optional<StrapParams> strap;
  std::optional<WatchParams> watch;
  std::optional<GpsParams> gps;
  std::optional<WellnessAppParams> wellness_app;
  std::optional<EnvironmentParams> environment;

  template <class Ar> void serialize(Ar& ar, unsigned) { ar & ring & strap & watch & gps & wellness_app & environment; }
};

struct AthleteSetup {
  AthleteParams params;
  WornDevices devices;
  Day first_day = 0;
  Day last_day = 0;  // inclusive
  ActorId pipeline = 0;
  // The server polls device clouds at this period; data reaches the pipeline at the
  // first poll after its upload (and never sooner than the run's lookahead).
  Time ingest_period = 15 * kMinute;
  double post_match_alcohol_probability = 0.3;
  Distribution post_match_alcohol_units = Distribution::uniform(2, 6);
  // Whether injuries are reported to the pipeline: only when the run's predictor reads
  // them, so other runs keep their events and fingerprints. Set by the graph build and
  // not saved, like the pipeline's predictor.
  bool report_injuries = false;

  template <class Ar> void serialize(Ar& ar, unsigned) {
    ar & params & devices & first_day & last_day & pipeline & ingest_period & post_match_alcohol_probability &
        post_match_alcohol_units;
  }
};

}  // namespace preseason::season
