// Non-functional overreaching (Meeusen 2013): an episode of weeks that starts once
// relative fatigue has stayed above a threshold for a run of consecutive days.
// Reducing load afterwards is the coach's (or policy's) call, not the model's.
#pragma once

#include "actors/athlete/distribution.h"
#include "engine/random.h"

namespace preseason {

struct OverreachingParams {
  double fatigue_threshold = 1.6;  // relative Banister fatigue
  int onset_days = 14;             // consecutive days above the threshold
  Distribution episode_days = Distribution::lognormal(21, 0.4, 7, 90);

  template <class Ar> void serialize(Ar& ar, unsigned) { ar & fatigue_threshold & onset_days & episode_days; }
};

class Overreaching {
 public:
  Overreaching() = default;
  explicit Overreaching(const OverreachingParams& p) : p_(p) {}

  // Advances one day with that day's relative fatigue; returns true when an
  // episode starts today.
  bool step(double relative_fatigue, Rng& rng);

  bool active() const { return days_left_ > 0; }
  int days_left() const { return days_left_; }
  int days_above_threshold() const { return run_; }

  template <class Ar> void serialize(Ar& ar, unsigned) { ar & p_ & run_ & days_left_; }

 private:
  OverreachingParams p_;
  int run_ = 0;
  int days_left_ = 0;
};

}  // namespace preseason
