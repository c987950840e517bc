// The athlete as an actor: its physiology and the devices it wears. Each morning it
// closes yesterday, wakes, and its devices report; readings reach the athlete's
// pipeline at the next ingest poll after upload. It performs the sessions the
// pipeline sends and reports what happened.
#pragma once

#include <optional>
#include <vector>

#include "actors/athlete/athlete.h"
#include "actors/season/athlete_setup.h"
#include "engine/actor.h"
#include "engine/batch_pool.h"
#include "engine/context.h"

namespace preseason::season {

class AthleteActor final : public StatefulActor<AthleteActor> {
 public:
  AthleteActor(ActorId id, AthleteSetup setup) : StatefulActor(id), setup_(std::move(setup)) {}
  const char* type() const override { return "athlete"; }
  void start(Context& ctx) override;
  void handle(const Event& event, Context& ctx) override;
  void warm() const override;

  const Athlete& model() const { return athlete_; }

  template <class Ar> void serialize(Ar& ar, unsigned) {
    ar & setup_ & athlete_ & ring_ & strap_ & watch_ & gps_ & app_ & environment_;
    ar & tonight_.tz_shift_h & tonight_.alcohol_units;
    ar & was_.injured & was_.ill & was_.overreached & was_.days_out & performance_;
  }

 private:
  void wake(Context& ctx);
  void perform(const Session& session, Context& ctx);
  void report_availability(Context& ctx);
  // Sends buffered readings to the pipeline, one event per ingest poll, and records them.
  void upload(Context& ctx);

  AthleteSetup setup_;
  Athlete athlete_;
  std::optional<Ring> ring_;
  std::optional<Strap> strap_;
  std::optional<Watch> watch_;
  std::optional<GpsUnit> gps_;
  std::optional<WellnessApp> app_;
  std::optional<EnvironmentSensor> environment_;
  DayContext tonight_;
  Availability was_;          // yesterday's availability, to report changes
  double performance_ = 0;    // this morning's, recorded with a match
  std::vector<Reading> readings_;  // scratch, empty between handlers
  BatchPool batches_;              // what upload() sends, reused once the pipeline is done
};

}  // namespace preseason::season
