// One simulated athlete, advanced a day at a time: morning() draws the latent
// physiology on waking, train() applies each session actually performed (and may
// injure), end_of_day() closes the day (load, travel, alcohol, sleep, illness).
#pragma once

#include "actors/athlete/athlete_params.h"
#include "actors/athlete/day_context.h"
#include "actors/athlete/morning_state.h"
#include "actors/athlete/session.h"

namespace preseason {

class Athlete {
 public:
  Athlete() = default;
  // `first_day` is the first day morning() will be called for; the night before
  // it is drawn here, as are the athlete's injury history and starting loads.
  Athlete(const AthleteParams& params, Day first_day, Rng& rng);

  MorningState morning(Rng& rng) const;
  // Sessions done while injured or ill are rehabilitation: they add load but
  // carry no injury hazard. Rest sessions change nothing.
  SessionOutcome train(const Session& done, Rng& rng);
  void end_of_day(const DayContext& ctx, Rng& rng);

  Day day() const { return day_; }
  const AthleteParams& params() const { return p_; }
  const FitnessFatigue& fitness_fatigue() const { return banister_; }
  // The EWMA acute/chronic session-RPE load the injury hazard reads.
  const InternalLoad& internal_load() const { return load_; }
  InjuryRiskFactors risk_factors() const;
  Availability availability() const;
  double relative_fatigue() const { return banister_.fatigue() / banister_.steady_fatigue(p_.habitual_daily_load); }
  double relative_fitness() const { return banister_.fitness() / banister_.steady_fitness(p_.habitual_daily_load); }
  double today_load() const { return today_load_; }
  int injuries() const { return injuries_; }
  int illnesses() const { return illnesses_; }
  int overreaching_episodes() const { return overreaching_episodes_; }

  template <class Ar> void serialize(Ar& ar, unsigned) {
    ar & p_ & banister_ & load_ & overreaching_ & day_ & acute_strain_ & last_night_ & sleep_debt_h_ &
        mean_sleep_h_ & jet_lag_h_ & last_alcohol_units_ & today_load_ & played_match_today_ & injured_days_ &
        ill_days_ & days_since_return_ & injuries_ & illnesses_ & overreaching_episodes_;
  }

 private:
  Drivers drivers() const;
  double relative_acute_strain() const;

  AthleteParams p_;
  FitnessFatigue banister_;
  InternalLoad load_;
  Overreaching overreaching_;
  Day day_ = 0;
  double acute_strain_ = 0;  // load with a 1-day time constant
  SleepNight last_night_;
  double sleep_debt_h_ = 0;
  double mean_sleep_h_ = 8;  // EWMA over ~7 nights (lambda 2/8)
  double jet_lag_h_ = 0;
  double last_alcohol_units_ = 0;
  double today_load_ = 0;
  bool played_match_today_ = false;
  int injured_days_ = 0;
  int ill_days_ = 0;
  int days_since_return_ = 1 << 20;
  int injuries_ = 0;
  int illnesses_ = 0;
  int overreaching_episodes_ = 0;
};

}  // namespace preseason
