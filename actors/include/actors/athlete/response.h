// A latent morning variable (ln rMSSD, resting HR, a wellness item, ...) as a
// baseline plus a linear response to each driver, with day-to-day noise. One
// shape for all of them keeps the scenario file and the documentation uniform.
#pragma once

#include "actors/athlete/drivers.h"

namespace preseason {

struct Response {
  double baseline = 0;
  double per_fitness = 0;
  double per_fatigue = 0;
  double per_acute_strain = 0;
  double per_sleep_debt_h = 0;
  double per_sleep_deviation_h = 0;
  double per_alcohol_unit = 0;
  double per_jet_lag_h = 0;
  double when_ill = 0;
  double when_overreached = 0;
  double day_to_day_sd = 0;

  double mean(const Drivers& d) const {
    return baseline + per_fitness * d.fitness + per_fatigue * d.fatigue + per_acute_strain * d.acute_strain +
           per_sleep_debt_h * d.sleep_debt_h + per_sleep_deviation_h * d.sleep_deviation_h +
           per_alcohol_unit * d.alcohol_units + per_jet_lag_h * d.jet_lag_h + when_ill * d.ill +
           when_overreached * d.overreached;
  }

  template <class Ar> void serialize(Ar& ar, unsigned) {
    ar & baseline & per_fitness & per_fatigue & per_acute_strain & per_sleep_debt_h & per_sleep_deviation_h &
        per_alcohol_unit & per_jet_lag_h & when_ill & when_overreached & day_to_day_sd;
  }
};

}  // namespace preseason
