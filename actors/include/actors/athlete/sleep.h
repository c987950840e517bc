// One night of sleep: total duration and its stages, drawn around the athlete's
// habitual duration and shortened by jet lag, alcohol and a late match; alcohol
// also takes REM and fragments sleep (Ebrahim 2013; Nedelec 2015; Fowler 2017).
#pragma once

#include "engine/random.h"

namespace preseason {

struct SleepNight {
  double total_h = 0;  // asleep; deep + light + rem
  double deep_h = 0;
  double light_h = 0;
  double rem_h = 0;
  double wake_h = 0;  // awake after sleep onset, not part of total_h

  template <class Ar> void serialize(Ar& ar, unsigned) { ar & total_h & deep_h & light_h & rem_h & wake_h; }
};

struct SleepParams {
  double habitual_h = 7.4;    // the athlete's usual total sleep
  double need_h = 8.0;        // what sleep debt is counted against
  double night_to_night_sd_h = 0.6;
  double late_match_loss_h = 0.9;  // after an evening match
  double alcohol_loss_h_per_unit = 0.08;
  double jet_lag_loss_h_per_h = 0.2;
  double illness_loss_h = 0.3;
  double deep_fraction = 0.20;
  double rem_fraction = 0.22;
  double stage_fraction_sd = 0.03;
  double deep_fraction_per_strain = 0.02;  // slow-wave rebound after heavy exercise
  double rem_fraction_per_alcohol_unit = -0.012;
  double wake_h = 0.5;
  double wake_h_per_alcohol_unit = 0.04;
  double wake_h_per_jet_lag_h = 0.08;
  double wake_sd_h = 0.15;

  template <class Ar> void serialize(Ar& ar, unsigned) {
    ar & habitual_h & need_h & night_to_night_sd_h & late_match_loss_h & alcohol_loss_h_per_unit &
        jet_lag_loss_h_per_h & illness_loss_h & deep_fraction & rem_fraction & stage_fraction_sd &
        deep_fraction_per_strain & rem_fraction_per_alcohol_unit & wake_h & wake_h_per_alcohol_unit &
        wake_h_per_jet_lag_h & wake_sd_h;
  }
};

struct SleepConditions {
  double acute_strain = 0;  // centred, as in Drivers
  double alcohol_units = 0;
  double jet_lag_h = 0;
  bool late_match = false;
  bool ill = false;
};

SleepNight draw_night(const SleepParams& p, const SleepConditions& c, Rng& rng);

}  // namespace preseason
