// An athlete's latent physiology on waking: what devices and questionnaires
// measure with their own error. Nothing here is observed directly.
#pragma once

#include "actors/athlete/sleep.h"
#include "data/time.h"

namespace preseason {

// The five wellness items (McLean 2010) on a continuous 1-5 latent scale where
// higher is better (5 = very fresh, slept very well, no soreness, relaxed, very
// positive); an app rounds them to whole points.
struct Wellness {
  double fatigue = 3;
  double sleep_quality = 3;
  double soreness = 3;
  double stress = 3;
  double mood = 3;
};

struct Availability {
  bool injured = false;
  bool ill = false;
  bool overreached = false;  // non-functional overreaching episode
  int days_out = 0;          // days until return from injury or illness, 0 if available

  bool can_train() const { return !injured && !ill; }
};

struct MorningState {
  Day day = 0;
  double ln_rmssd = 0;        // ln of rMSSD in ms
  double resting_hr_bpm = 0;
  double skin_temp_deviation_c = 0;  // from the athlete's own nightly baseline
  SleepNight sleep;           // the night that just ended
  double sleep_debt_h = 0;
  Wellness wellness;
  double performance = 0;     // Banister p0 + k1*g - k2*h, arbitrary units
  double relative_fatigue = 0;  // Banister fatigue / habitual level
  double acwr = 1;            // EWMA acute:chronic ratio of session-RPE load
  Availability availability;
};

}  // namespace preseason
