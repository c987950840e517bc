// The state variables that move an athlete's morning physiology, each centred
// so that 0 means "as usual": the inputs every latent Response is linear in.
#pragma once

namespace preseason {

struct Drivers {
  double fitness = 0;         // Banister fitness / its habitual level, minus 1
  double fatigue = 0;         // Banister fatigue / its habitual level, minus 1
  double acute_strain = 0;    // last days' load (1-day time constant) / habitual level, minus 1
  double sleep_debt_h = 0;    // 7-night accumulated shortfall against sleep need
  double sleep_deviation_h = 0;  // last night's sleep minus habitual sleep
  double alcohol_units = 0;   // standard drinks the evening before
  double jet_lag_h = 0;       // remaining time-zone desynchrony
  double ill = 0;             // 1 while ill
  double overreached = 0;     // 1 during a non-functional overreaching episode
};

}  // namespace preseason
