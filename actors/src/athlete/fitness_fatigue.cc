#include "actors/athlete/fitness_fatigue.h"

namespace preseason {

FitnessFatigue::FitnessFatigue(const FitnessFatigueParams& p, double fitness, double fatigue)
    : p_(p),
      fitness_decay_(std::exp(-1.0 / p.fitness_time_constant_days)),
      fatigue_decay_(std::exp(-1.0 / p.fatigue_time_constant_days)),
      fitness_(fitness),
      fatigue_(fatigue) {}

}  // namespace preseason
