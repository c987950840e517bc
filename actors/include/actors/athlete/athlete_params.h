// Everything that defines one simulated athlete. Defaults describe a typical
// elite footballer; AthletePopulation draws the parts that differ between people.
#pragma once

#include "actors/athlete/fitness_fatigue.h"
#include "actors/athlete/illness_hazard.h"
#include "actors/athlete/injury_hazard.h"
#include "actors/athlete/internal_load.h"
#include "actors/athlete/movement.h"
#include "actors/athlete/overreaching.h"
#include "actors/athlete/response.h"
#include "actors/athlete/sleep.h"

namespace preseason {

// Latent morning variables and their responses. Signs: ln rMSSD falls and resting
// HR rises with fatigue, strain, sleep debt, alcohol, travel and illness (Plews
// 2013; Buchheit 2014; Kiviniemi 2007; Pietila 2018).
struct LatentResponses {
  Response ln_rmssd{4.2, 0.05, -0.10, -0.15, -0.015, 0.0, -0.04, -0.03, -0.25, -0.15, 0.12};
  Response resting_hr_bpm{52, -2.0, 4.0, 2.5, 0.3, 0.0, 1.0, 0.8, 6.0, 3.0, 2.0};
  Response skin_temp_deviation_c{0, 0, 0, 0.05, 0, 0, 0.05, 0.03, 0.6, 0, 0.12};
  Response wellness_fatigue{3.8, 0, -1.2, -0.5, -0.10, 0.0, -0.05, -0.05, -0.8, -0.8, 0.35};
  Response wellness_sleep_quality{3.6, 0, 0, 0, -0.05, 0.5, -0.10, -0.10, -0.3, -0.3, 0.35};
  Response wellness_soreness{3.8, 0, -0.8, -0.8, 0, 0, 0, 0, -0.3, -0.5, 0.35};
  Response wellness_stress{3.8, 0, -0.4, 0, -0.05, 0, 0, -0.10, -0.5, -0.5, 0.35};
  Response wellness_mood{3.8, 0, -0.4, 0, -0.05, 0, 0, -0.05, -0.6, -1.0, 0.35};
  // Shared day-to-day noise between ln rMSSD and resting HR.
  double hrv_rhr_noise_correlation = -0.5;

  template <class Ar> void serialize(Ar& ar, unsigned) {
    ar & ln_rmssd & resting_hr_bpm & skin_temp_deviation_c & wellness_fatigue & wellness_sleep_quality &
        wellness_soreness & wellness_stress & wellness_mood & hrv_rhr_noise_correlation;
  }
};

struct AthleteParams {
  // Session-RPE load of an ordinary in-season day (AU/day, ~2500 AU/week); the
  // reference that makes fitness, fatigue and strain relative.
  double habitual_daily_load = 350;
  // Load of the weeks before pre-season; starting point of every load average.
  double off_season_daily_load = 150;
  // Reported RPE is the prescribed one plus this much per unit of relative fatigue above 1.
  double rpe_per_fatigue = 1.0;
  double rpe_sd = 0.5;
  // Hours of time-zone desynchrony resolved per day (about one zone a day).
  double jet_lag_recovery_h_per_day = 1.0;
  // Chance of starting the season within the prior-injury window.
  double recent_injury_at_start_probability = 0.1;

  FitnessFatigueParams banister;
  InternalLoadParams load;
  LatentResponses responses;
  SleepParams sleep;
  MovementParams movement;
  InjuryParams injury;
  IllnessParams illness;
  OverreachingParams overreaching;

  template <class Ar> void serialize(Ar& ar, unsigned) {
    ar & habitual_daily_load & off_season_daily_load & rpe_per_fatigue & rpe_sd & jet_lag_recovery_h_per_day &
        recent_injury_at_start_probability & banister & load & responses & sleep & movement & injury & illness &
        overreaching;
  }
};

// Between-athlete variation: `shared` supplies every parameter, and each
// distribution below overrides one field per athlete.
struct AthletePopulation {
  AthleteParams shared;
  Distribution habitual_daily_load = Distribution::normal(350, 40, 200, 550);
  Distribution fitness_time_constant_days = Distribution::normal(42, 5, 25, 60);
  Distribution fatigue_time_constant_days = Distribution::normal(7, 1, 4, 12);
  Distribution fatigue_gain = Distribution::normal(2.0, 0.3, 1.0, 3.5);
  Distribution baseline_ln_rmssd = Distribution::normal(4.2, 0.35, 3.0, 5.3);
  Distribution baseline_resting_hr_bpm = Distribution::normal(52, 5, 38, 70);
  Distribution hrv_day_to_day_sd = Distribution::normal(0.12, 0.03, 0.05, 0.25);
  Distribution habitual_sleep_h = Distribution::normal(7.4, 0.45, 5.5, 9.5);
  Distribution sleep_need_h = Distribution::normal(8.0, 0.3, 7.0, 9.5);
  Distribution running_capacity = Distribution::normal(1.0, 0.07, 0.75, 1.25);
  Distribution overreaching_fatigue_threshold = Distribution::normal(1.6, 0.15, 1.3, 2.2);

  AthleteParams draw(Rng& rng) const;

  template <class Ar> void serialize(Ar& ar, unsigned) {
    ar & shared & habitual_daily_load & fitness_time_constant_days & fatigue_time_constant_days & fatigue_gain &
        baseline_ln_rmssd & baseline_resting_hr_bpm & hrv_day_to_day_sd & habitual_sleep_h & sleep_need_h &
        running_capacity & overreaching_fatigue_threshold;
  }
};

}  // namespace preseason
