#include "actors/devices/wellness_app.h"

#include <algorithm>
#include <cmath>

#include "actors/devices/round_half_away.h"

namespace preseason {

WellnessApp::WellnessApp(const WellnessAppParams& p, Rng& rng) : p_(p), response_bias_(p.response_bias.draw(rng)) {}

void WellnessApp::morning(const MorningState& m, Rng& rng, std::vector<Reading>& out) {
  if (rng.bernoulli(p_.wear.non_wear_probability)) return;
  const Time measured = at(m.day, Phase::kMorning);
  const Time uploaded = upload_time(p_.wear, measured, rng);
  double sum = 0;
  auto item = [&](Field f, double latent) {
    const double v = std::clamp(round_half_away(latent + response_bias_ + rng.normal(0, p_.item_noise_sd)), 1.0, 5.0);
    sum += v;
    append_reading(out, f, v, measured, uploaded);
  };
  item(Field::kAppFatigue, m.wellness.fatigue);
  item(Field::kAppSleepQuality, m.wellness.sleep_quality);
  item(Field::kAppSoreness, m.wellness.soreness);
  item(Field::kAppStress, m.wellness.stress);
  item(Field::kAppMood, m.wellness.mood);
  const double readiness = (sum / 5 - 1) * 2.5 + rng.normal(0, p_.readiness_noise_sd);
  append_reading(out, Field::kAppReadiness, std::clamp(round_half_away(readiness), 0.0, 10.0), measured, uploaded);
}

void WellnessApp::session(Time end, const SessionOutcome& s, Rng& rng, std::vector<Reading>& out) {
  if (s.minutes <= 0 || rng.bernoulli(p_.session_skip_probability)) return;
  const Time measured = end + static_cast<Time>(p_.report_delay_min * kMinute);
  const Time uploaded = upload_time(p_.wear, measured, rng);
  const double rpe = std::clamp(round_half_away(s.rpe), 0.0, 10.0);
  const double minutes = round_half_away(s.minutes / 5) * 5;
  append_reading(out, Field::kAppSessionRpe, rpe, measured, uploaded);
  append_reading(out, Field::kAppSessionMinutes, minutes, measured, uploaded);
  append_reading(out, Field::kAppSessionLoad, rpe * minutes, measured, uploaded);
}

}  // namespace preseason
