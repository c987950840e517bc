// Schema of the athlete: squad.population (distributions drawn per athlete) and
// squad.shared (every other AthleteParams field, nested as in the structs). A
// field that is drawn per athlete is refused in `shared`, where it would do nothing.
#pragma once

#include "actors/athlete/athlete_params.h"
#include "scenarios/population_overrides.h"
#include "value_checks.h"

namespace preseason {

template <class B> void fields(B& b, AthletePopulation& p) {
  for (const PopulationField& f : population_fields()) b.distribution(f.name, p.*f.member);
}

template <class B> void fields(B& b, FitnessFatigueParams& p) {
  b.drawn("fitness_time_constant_days", "fitness_time_constant_days");
  b.drawn("fatigue_time_constant_days", "fatigue_time_constant_days");
  b.number("fitness_gain", p.fitness_gain, kNonNegative);
  b.drawn("fatigue_gain", "fatigue_gain");
  b.number("baseline_performance", p.baseline_performance);
}

template <class B> void fields(B& b, InternalLoadParams& p) {
  b.number("acute_days", p.acute_days, kPositive);
  b.number("chronic_days", p.chronic_days, kPositive);
  b.number("chronic_floor", p.chronic_floor, kPositive);
}

// `drawn_baseline` / `drawn_sd` name the population field that draws them, if any.
template <class B>
void response_fields(B& b, Response& r, const char* drawn_baseline = nullptr, const char* drawn_sd = nullptr) {
  if (drawn_baseline) {
    b.drawn("baseline", drawn_baseline);
  } else {
    b.number("baseline", r.baseline);
  }
  b.number("per_fitness", r.per_fitness);
  b.number("per_fatigue", r.per_fatigue);
  b.number("per_acute_strain", r.per_acute_strain);
  b.number("per_sleep_debt_h", r.per_sleep_debt_h);
  b.number("per_sleep_deviation_h", r.per_sleep_deviation_h);
  b.number("per_alcohol_unit", r.per_alcohol_unit);
  b.number("per_jet_lag_h", r.per_jet_lag_h);
  b.number("when_ill", r.when_ill);
  b.number("when_overreached", r.when_overreached);
  if (drawn_sd) {
    b.drawn("day_to_day_sd", drawn_sd);
  } else {
    b.number("day_to_day_sd", r.day_to_day_sd, kNonNegative);
  }
}

template <class B> void fields(B& b, Response& r) { response_fields(b, r); }

template <class B> void fields(B& b, LatentResponses& p) {
  b.group("ln_rmssd", [&](auto& g) { response_fields(g, p.ln_rmssd, "baseline_ln_rmssd", "hrv_day_to_day_sd"); });
  b.group("resting_hr_bpm", [&](auto& g) { response_fields(g, p.resting_hr_bpm, "baseline_resting_hr_bpm"); });
  b.section("skin_temp_deviation_c", p.skin_temp_deviation_c);
  b.section("wellness_fatigue", p.wellness_fatigue);
  b.section("wellness_sleep_quality", p.wellness_sleep_quality);
  b.section("wellness_soreness", p.wellness_soreness);
  b.section("wellness_stress", p.wellness_stress);
  b.section("wellness_mood", p.wellness_mood);
  b.number("hrv_rhr_noise_correlation", p.hrv_rhr_noise_correlation, kCorrelation);
}

template <class B> void fields(B& b, SleepParams& p) {
  b.drawn("habitual_h", "habitual_sleep_h");
  b.drawn("need_h", "sleep_need_h");
  b.number("night_to_night_sd_h", p.night_to_night_sd_h, kNonNegative);
  b.number("late_match_loss_h", p.late_match_loss_h, kNonNegative);
  b.number("alcohol_loss_h_per_unit", p.alcohol_loss_h_per_unit, kNonNegative);
  b.number("jet_lag_loss_h_per_h", p.jet_lag_loss_h_per_h, kNonNegative);
  b.number("illness_loss_h", p.illness_loss_h, kNonNegative);
  b.number("deep_fraction", p.deep_fraction, kShare);
  b.number("rem_fraction", p.rem_fraction, kShare);
  b.number("stage_fraction_sd", p.stage_fraction_sd, kNonNegative);
  b.number("deep_fraction_per_strain", p.deep_fraction_per_strain);
  b.number("rem_fraction_per_alcohol_unit", p.rem_fraction_per_alcohol_unit);
  b.number("wake_h", p.wake_h, kNonNegative);
  b.number("wake_h_per_alcohol_unit", p.wake_h_per_alcohol_unit, kNonNegative);
  b.number("wake_h_per_jet_lag_h", p.wake_h_per_jet_lag_h, kNonNegative);
  b.number("wake_sd_h", p.wake_sd_h, kNonNegative);
  b.require(p.deep_fraction + p.rem_fraction <= 1, "rem_fraction",
            expected_found("deep_fraction + rem_fraction <= 1", "a sum above 1"));
}

template <class B> void fields(B& b, MovementParams& p) {
  b.drawn("running_capacity", "running_capacity");
  b.number("metres_per_min_at_rest", p.metres_per_min_at_rest, kNonNegative);
  b.number("metres_per_min_per_intensity", p.metres_per_min_per_intensity, kNonNegative);
  b.number("high_speed_fraction_at_full", p.high_speed_fraction_at_full, kShare);
  b.number("sprint_share_of_high_speed", p.sprint_share_of_high_speed, kShare);
  b.number("accelerations_per_min", p.accelerations_per_min, kNonNegative);
  b.number("accelerations_per_min_per_intensity", p.accelerations_per_min_per_intensity, kNonNegative);
  b.number("session_cv", p.session_cv, kNonNegative);
}

template <class B> void fields(B& b, InjuryParams& p) {
  b.number("baseline_training_per_1000h", p.baseline_training_per_1000h, kNonNegative);
  b.number("baseline_match_per_1000h", p.baseline_match_per_1000h, kNonNegative);
  b.number("acwr_spike_threshold", p.acwr_spike_threshold, kPositive);
  b.number("acwr_spike_rr", p.acwr_spike_rr, kPositive);
  b.number("short_sleep_threshold_h", p.short_sleep_threshold_h, kNonNegative);
  b.number("short_sleep_rr", p.short_sleep_rr, kPositive);
  b.number("high_fatigue_threshold", p.high_fatigue_threshold, kPositive);
  b.number("high_fatigue_rr", p.high_fatigue_rr, kPositive);
  b.number("prior_injury_window_days", p.prior_injury_window_days, kNonNegative);
  b.number("prior_injury_hr", p.prior_injury_hr, kPositive);
  b.distribution("days_out", p.days_out);
}

template <class B> void fields(B& b, IllnessParams& p) {
  b.number("baseline_per_day", p.baseline_per_day, kProbability);
  b.number("high_fatigue_threshold", p.high_fatigue_threshold, kPositive);
  b.number("high_fatigue_rr", p.high_fatigue_rr, kPositive);
  b.number("short_sleep_threshold_h", p.short_sleep_threshold_h, kNonNegative);
  b.number("short_sleep_rr", p.short_sleep_rr, kPositive);
  b.number("jet_lag_rr", p.jet_lag_rr, kPositive);
  b.distribution("days_ill", p.days_ill);
}

template <class B> void fields(B& b, OverreachingParams& p) {
  b.drawn("fatigue_threshold", "overreaching_fatigue_threshold");
  b.integer("onset_days", p.onset_days, kPositiveCount);
  b.distribution("episode_days", p.episode_days);
}

template <class B> void fields(B& b, AthleteParams& p) {
  b.drawn("habitual_daily_load", "habitual_daily_load");
  b.number("off_season_daily_load", p.off_season_daily_load, kNonNegative);
  b.number("rpe_per_fatigue", p.rpe_per_fatigue);
  b.number("rpe_sd", p.rpe_sd, kNonNegative);
  b.number("jet_lag_recovery_h_per_day", p.jet_lag_recovery_h_per_day, kPositive);
  b.number("recent_injury_at_start_probability", p.recent_injury_at_start_probability, kProbability);
  b.section("banister", p.banister);
  b.section("load", p.load);
  b.section("responses", p.responses);
  b.section("sleep", p.sleep);
  b.section("movement", p.movement);
  b.section("injury", p.injury);
  b.section("illness", p.illness);
  b.section("overreaching", p.overreaching);
}

}  // namespace preseason
