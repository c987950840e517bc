// Banister's impulse-response model in its recursive daily form (Banister 1975,
// Calvert 1976): g = g*e^(-1/tau1) + w, h = h*e^(-1/tau2) + w,
// performance = p0 + k1*g - k2*h, with w the day's training load.
#pragma once

#include <cmath>

namespace preseason {

struct FitnessFatigueParams {
  double fitness_time_constant_days = 42;  // tau1
  double fatigue_time_constant_days = 7;   // tau2
  double fitness_gain = 1.0;               // k1, performance units per load unit
  double fatigue_gain = 2.0;               // k2, performance units per load unit
  double baseline_performance = 0;         // p0

  template <class Ar> void serialize(Ar& ar, unsigned) {
    ar & fitness_time_constant_days & fatigue_time_constant_days & fitness_gain & fatigue_gain &
        baseline_performance;
  }
};

class FitnessFatigue {
 public:
  FitnessFatigue() = default;
  FitnessFatigue(const FitnessFatigueParams& p, double fitness = 0, double fatigue = 0);

  // Closes one day: decays both components by a day, then adds that day's load.
  void add_day(double load) {
    fitness_ = fitness_ * fitness_decay_ + load;
    fatigue_ = fatigue_ * fatigue_decay_ + load;
  }

  double fitness() const { return fitness_; }
  double fatigue() const { return fatigue_; }
  double performance() const {
    return p_.baseline_performance + p_.fitness_gain * fitness_ - p_.fatigue_gain * fatigue_;
  }
  // The level g (or h) settles at when the same load is repeated every day, so a
  // component can be expressed relative to a habitual load.
  double steady_fitness(double daily_load) const { return daily_load / (1 - fitness_decay_); }
  double steady_fatigue(double daily_load) const { return daily_load / (1 - fatigue_decay_); }
  const FitnessFatigueParams& params() const { return p_; }

  template <class Ar> void serialize(Ar& ar, unsigned) {
    ar & p_ & fitness_decay_ & fatigue_decay_ & fitness_ & fatigue_;
  }

 private:
  FitnessFatigueParams p_;
  double fitness_decay_ = std::exp(-1.0 / 42);
  double fatigue_decay_ = std::exp(-1.0 / 7);
  double fitness_ = 0;
  double fatigue_ = 0;
};

}  // namespace preseason
