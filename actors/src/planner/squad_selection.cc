#include "actors/planner/squad_selection.h"

#include <algorithm>

namespace preseason {

SquadSelection::SquadSelection(const SquadRoleParams& p, const SessionTemplates& templates, Rng& rng)
    : p_(p), templates_(templates), starter_probability_(std::clamp(p.starter_probability.draw(rng), 0.0, 1.0)) {}

Session SquadSelection::session_for(const PlannedDay& team_day, Rng& rng) {
  Session s = team_day.session;
  if (team_day.is_match()) {
    double minutes = 0;
    if (team_day.preseason) {
      minutes = p_.friendly_minutes.draw(rng);
    } else if (rng.bernoulli(starter_probability_)) {
      minutes = rng.bernoulli(p_.substituted_probability) ? p_.minutes_when_substituted.draw(rng) : s.minutes;
    } else if (rng.bernoulli(p_.bench_appearance_probability)) {
      minutes = p_.bench_minutes.draw(rng);
    }
    last_match_minutes_ = std::min(minutes, s.minutes);
    if (last_match_minutes_ <= 0) return make_session(templates_, SessionType::kRest);
    s.minutes = last_match_minutes_;
    return s;
  }
  if (s.type == SessionType::kRecovery && last_match_minutes_ < p_.recovery_threshold_min)
    return make_session(templates_, SessionType::kCompensatory);
  return s;
}

}  // namespace preseason
