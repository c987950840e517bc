#include "actors/planner/session_templates.h"

namespace preseason {

const SessionTemplate& SessionTemplates::of(SessionType t) const {
  switch (t) {
    case SessionType::kPreseason: return preseason;
    case SessionType::kStrength: return strength;
    case SessionType::kVolume: return volume;
    case SessionType::kModerate: return moderate;
    case SessionType::kActivation: return activation;
    case SessionType::kMatch: return match;
    case SessionType::kRecovery: return recovery;
    case SessionType::kCompensatory: return compensatory;
    case SessionType::kRest: break;
  }
  return rest_;
}

Session make_session(const SessionTemplates& templates, SessionType t, double load_factor) {
  const SessionTemplate& s = templates.of(t);
  Session out;
  out.type = t;
  out.minutes = s.minutes * load_factor;
  out.rpe = s.rpe;
  out.intensity = s.intensity;
  return out;
}

}  // namespace preseason
