// Schema of `devices:`: the mixes (which share of the squad wears which set of
// devices) and one section per device kind mirroring its *Params struct.
#pragma once

#include <cmath>
#include <string>

#include "number_text.h"
#include "scenarios/scenario.h"
#include "value_checks.h"

namespace preseason {

template <class B> void fields(B& b, WearParams& p) {
  b.number("non_wear_probability", p.non_wear_probability, kProbability);
  b.distribution("sync_delay_min", p.sync_delay_min);
  b.number("late_upload_probability", p.late_upload_probability, kProbability);
  b.distribution("late_delay_h", p.late_delay_h);
}

template <class B> void fields(B& b, RingParams& p) {
  b.section("wear", p.wear);
  b.distribution("ln_rmssd_bias", p.ln_rmssd_bias);
  b.distribution("resting_hr_bias_bpm", p.resting_hr_bias_bpm);
  b.number("ln_rmssd_noise_sd", p.ln_rmssd_noise_sd, kNonNegative);
  b.number("resting_hr_noise_sd_bpm", p.resting_hr_noise_sd_bpm, kNonNegative);
  b.number("sleep_total_noise_sd_min", p.sleep_total_noise_sd_min, kNonNegative);
  b.number("stage_noise_fraction", p.stage_noise_fraction, kNonNegative);
  b.number("temperature_noise_sd_c", p.temperature_noise_sd_c, kNonNegative);
  b.number("readiness_centre", p.readiness_centre);
  b.number("readiness_per_hrv_z", p.readiness_per_hrv_z);
  b.number("readiness_per_rhr_z", p.readiness_per_rhr_z);
  b.number("readiness_per_sleep_h", p.readiness_per_sleep_h);
  b.number("readiness_per_temperature_c", p.readiness_per_temperature_c);
  b.number("baseline_days", p.baseline_days, kPositive);
}

template <class B> void fields(B& b, StrapParams& p) {
  b.section("wear", p.wear);
  b.distribution("ln_rmssd_bias", p.ln_rmssd_bias);
  b.distribution("resting_hr_bias_bpm", p.resting_hr_bias_bpm);
  b.number("ln_rmssd_noise_sd", p.ln_rmssd_noise_sd, kNonNegative);
  b.number("resting_hr_noise_sd_bpm", p.resting_hr_noise_sd_bpm, kNonNegative);
  b.number("recovery_centre", p.recovery_centre);
  b.number("recovery_per_hrv_z", p.recovery_per_hrv_z);
  b.number("recovery_per_rhr_z", p.recovery_per_rhr_z);
  b.number("recovery_per_sleep_h", p.recovery_per_sleep_h);
  b.number("strain_scale_au", p.strain_scale_au, kPositive);
  b.number("strain_max_au", p.strain_max_au, kPositive);
  b.number("everyday_activity_au", p.everyday_activity_au, kNonNegative);
  b.number("strain_noise_sd", p.strain_noise_sd, kNonNegative);
  b.number("baseline_days", p.baseline_days, kPositive);
}

template <class B> void fields(B& b, WatchParams& p) {
  b.section("wear", p.wear);
  b.distribution("ln_rmssd_bias", p.ln_rmssd_bias);
  b.distribution("training_load_bias", p.training_load_bias);
  b.number("ln_rmssd_noise_sd", p.ln_rmssd_noise_sd, kNonNegative);
  b.number("body_battery_centre", p.body_battery_centre);
  b.number("body_battery_per_sleep_h", p.body_battery_per_sleep_h);
  b.number("body_battery_per_hrv_z", p.body_battery_per_hrv_z);
  b.number("body_battery_noise_sd", p.body_battery_noise_sd, kNonNegative);
  b.number("training_load_per_au", p.training_load_per_au, kNonNegative);
  b.number("training_load_cv", p.training_load_cv, kNonNegative);
  b.number("baseline_days", p.baseline_days, kPositive);
}

template <class B> void fields(B& b, GpsParams& p) {
  b.section("wear", p.wear);
  b.distribution("distance_bias", p.distance_bias);
  b.number("distance_cv", p.distance_cv, kNonNegative);
  b.number("high_speed_cv", p.high_speed_cv, kNonNegative);
  b.number("sprint_cv", p.sprint_cv, kNonNegative);
  b.number("accelerations_cv", p.accelerations_cv, kNonNegative);
}

template <class B> void fields(B& b, WellnessAppParams& p) {
  b.section("wear", p.wear);
  b.number("session_skip_probability", p.session_skip_probability, kProbability);
  b.distribution("response_bias", p.response_bias);
  b.number("item_noise_sd", p.item_noise_sd, kNonNegative);
  b.number("readiness_noise_sd", p.readiness_noise_sd, kNonNegative);
  b.number("report_delay_min", p.report_delay_min, kNonNegative);
}

template <class B> void fields(B& b, EnvironmentParams& p) {
  b.section("wear", p.wear);
  b.number("temperature_mean_c", p.temperature_mean_c);
  b.number("temperature_sd_c", p.temperature_sd_c, kNonNegative);
  b.number("humidity_mean_pct", p.humidity_mean_pct, {0, 100, false, "a percentage in [0, 100]"});
  b.number("humidity_sd_pct", p.humidity_sd_pct, kNonNegative);
  b.number("noise_mean_db", p.noise_mean_db);
  b.number("noise_sd_db", p.noise_sd_db, kNonNegative);
  b.number("day_to_day_correlation", p.day_to_day_correlation, kCorrelation);
  b.distribution("temperature_bias_c", p.temperature_bias_c);
  b.number("measurement_noise_sd", p.measurement_noise_sd, kNonNegative);
}

template <class B> void fields(B& b, DeviceMix& m) {
  b.text("name", m.name, true);
  b.number("share", m.share, kShare);
  b.device_kinds("devices", m.devices);
}

template <class B> void device_fields(B& b, Scenario& s) {
  b.list("mixes", s.device_mixes);
  double total = 0;
  for (const DeviceMix& m : s.device_mixes) total += m.share;
  b.require(s.device_mixes.empty() || std::abs(total - 1) <= 1e-9, "mixes",
            expected_found("shares summing to 1", "shares summing to " + number_text(total)));
  for (std::size_t i = 0; i < s.device_mixes.size(); ++i) {
    for (std::size_t j = 0; j < i; ++j) {
      b.require(s.device_mixes[i].name != s.device_mixes[j].name, "mixes",
                expected_found("a different name for each mix", "'" + s.device_mixes[i].name + "' twice"));
    }
  }
  b.section("ring", s.devices.ring);
  b.section("strap", s.devices.strap);
  b.section("watch", s.devices.watch);
  b.section("gps", s.devices.gps);
  b.section("wellness_app", s.devices.wellness_app);
  b.section("environment", s.devices.environment);
}

}  // namespace preseason
