#include "actors/athlete/athlete.h"

#include <algorithm>
#include <cmath>

namespace preseason {

namespace {
constexpr double kStrainDecay = 0.36787944117144233;  // e^-1: one-day time constant
constexpr double kSleepLambda = 2.0 / 8;
// Each night's shortfall fades from the debt over about a week.
constexpr double kSleepDebtKeep = 6.0 / 7;

double clamp_item(double x) { return std::clamp(x, 1.0, 5.0); }
}  // namespace

Athlete::Athlete(const AthleteParams& params, Day first_day, Rng& rng)
    : p_(params),
      banister_(params.banister),
      load_(params.load, params.off_season_daily_load),
      overreaching_(params.overreaching),
      day_(first_day) {
  const double off = p_.off_season_daily_load;
  banister_ = FitnessFatigue(p_.banister, off / (1 - std::exp(-1 / p_.banister.fitness_time_constant_days)),
                             off / (1 - std::exp(-1 / p_.banister.fatigue_time_constant_days)));
  acute_strain_ = off / (1 - kStrainDecay);
  if (rng.bernoulli(p_.recent_injury_at_start_probability))
    days_since_return_ = static_cast<int>(rng.below(static_cast<std::uint64_t>(p_.injury.prior_injury_window_days) + 1));
  last_night_ = draw_night(p_.sleep, SleepConditions{}, rng);
  mean_sleep_h_ = p_.sleep.habitual_h;
  sleep_debt_h_ = std::max(0.0, p_.sleep.need_h - p_.sleep.habitual_h) / (1 - kSleepDebtKeep);
}

double Athlete::relative_acute_strain() const {
  return acute_strain_ * (1 - kStrainDecay) / p_.habitual_daily_load;
}

Availability Athlete::availability() const {
  Availability a;
  a.injured = injured_days_ > 0;
  a.ill = ill_days_ > 0;
  a.overreached = overreaching_.active();
  a.days_out = std::max(injured_days_, ill_days_);
  return a;
}

Drivers Athlete::drivers() const {
  Drivers d;
  d.fitness = relative_fitness() - 1;
  d.fatigue = relative_fatigue() - 1;
  d.acute_strain = relative_acute_strain() - 1;
  d.sleep_debt_h = sleep_debt_h_;
  d.sleep_deviation_h = last_night_.total_h - p_.sleep.habitual_h;
  d.alcohol_units = last_alcohol_units_;
  d.jet_lag_h = jet_lag_h_;
  d.ill = ill_days_ > 0 ? 1 : 0;
  d.overreached = overreaching_.active() ? 1 : 0;
  return d;
}

InjuryRiskFactors Athlete::risk_factors() const {
  InjuryRiskFactors f;
  f.acwr = load_.acwr();
  f.mean_sleep_h = mean_sleep_h_;
  f.relative_fatigue = relative_fatigue();
  f.recent_injury = days_since_return_ <= p_.injury.prior_injury_window_days;
  return f;
}

MorningState Athlete::morning(Rng& rng) const {
  const Drivers d = drivers();
  const LatentResponses& r = p_.responses;
  MorningState m;
  m.day = day_;
  const double z_hrv = rng.normal();
  const double rho = r.hrv_rhr_noise_correlation;
  const double z_rhr = rho * z_hrv + std::sqrt(1 - rho * rho) * rng.normal();
  m.ln_rmssd = r.ln_rmssd.mean(d) + r.ln_rmssd.day_to_day_sd * z_hrv;
  m.resting_hr_bpm = r.resting_hr_bpm.mean(d) + r.resting_hr_bpm.day_to_day_sd * z_rhr;
  m.skin_temp_deviation_c = r.skin_temp_deviation_c.mean(d) + rng.normal(0, r.skin_temp_deviation_c.day_to_day_sd);
  m.sleep = last_night_;
  m.sleep_debt_h = sleep_debt_h_;
  auto item = [&](const Response& x) { return clamp_item(x.mean(d) + rng.normal(0, x.day_to_day_sd)); };
  m.wellness.fatigue = item(r.wellness_fatigue);
  m.wellness.sleep_quality = item(r.wellness_sleep_quality);
  m.wellness.soreness = item(r.wellness_soreness);
  m.wellness.stress = item(r.wellness_stress);
  m.wellness.mood = item(r.wellness_mood);
  m.performance = banister_.performance();
  m.relative_fatigue = relative_fatigue();
  m.acwr = load_.acwr();
  m.availability = availability();
  return m;
}

SessionOutcome Athlete::train(const Session& done, Rng& rng) {
  SessionOutcome out;
  out.type = done.type;
  if (done.is_rest()) return out;
  out.minutes = done.minutes;
  if (availability().can_train()) {
    const double rate = injury_rate_per_hour(p_.injury, risk_factors(), done.is_match());
    if (rng.bernoulli(-std::expm1(-rate * done.minutes / 60))) {
      out.injured = true;
      out.minutes = done.minutes * rng.uniform();
      out.days_out = std::max(1, static_cast<int>(std::lround(p_.injury.days_out.draw(rng))));
      injured_days_ = out.days_out;
      ++injuries_;
    }
  }
  out.rpe = std::clamp(done.rpe + p_.rpe_per_fatigue * (relative_fatigue() - 1) + rng.normal(0, p_.rpe_sd), 0.0, 10.0);
  out.srpe_load = out.rpe * out.minutes;
  out.external = draw_external_load(p_.movement, out.minutes, done.intensity, rng);
  today_load_ += out.srpe_load;
  played_match_today_ = played_match_today_ || done.is_match();
  return out;
}

void Athlete::end_of_day(const DayContext& ctx, Rng& rng) {
  banister_.add_day(today_load_);
  load_.add_day(today_load_);
  acute_strain_ = acute_strain_ * kStrainDecay + today_load_;

  jet_lag_h_ = std::max(0.0, jet_lag_h_ - p_.jet_lag_recovery_h_per_day) + std::abs(ctx.tz_shift_h);
  last_alcohol_units_ = ctx.alcohol_units;

  if (injured_days_ > 0 && --injured_days_ == 0) days_since_return_ = 0;
  else if (injured_days_ == 0) ++days_since_return_;
  if (ill_days_ > 0) {
    --ill_days_;
  } else if (rng.bernoulli(illness_probability_per_day(p_.illness, relative_fatigue(), mean_sleep_h_, jet_lag_h_))) {
    ill_days_ = std::max(1, static_cast<int>(std::lround(p_.illness.days_ill.draw(rng))));
    ++illnesses_;
  }
  if (overreaching_.step(relative_fatigue(), rng)) ++overreaching_episodes_;

  SleepConditions c;
  c.acute_strain = relative_acute_strain() - 1;
  c.alcohol_units = ctx.alcohol_units;
  c.jet_lag_h = jet_lag_h_;
  c.late_match = played_match_today_;
  c.ill = ill_days_ > 0;
  last_night_ = draw_night(p_.sleep, c, rng);
  sleep_debt_h_ = sleep_debt_h_ * kSleepDebtKeep + std::max(0.0, p_.sleep.need_h - last_night_.total_h);
  mean_sleep_h_ = kSleepLambda * last_night_.total_h + (1 - kSleepLambda) * mean_sleep_h_;

  today_load_ = 0;
  played_match_today_ = false;
  ++day_;
}

}  // namespace preseason
