#include "actors/automation/session_text.h"

#include <cstdio>

namespace preseason {

const char* session_title(SessionType t) {
  switch (t) {
    case SessionType::kRest: return "Rest";
    case SessionType::kPreseason: return "Pre-season";
    case SessionType::kStrength: return "Strength";
    case SessionType::kVolume: return "Volume";
    case SessionType::kModerate: return "Moderate";
    case SessionType::kActivation: return "Activation";
    case SessionType::kMatch: return "Match";
    case SessionType::kRecovery: return "Recovery";
    case SessionType::kCompensatory: return "Compensatory";
  }
  return "?";
}

std::string session_text(const Session& s) {
  if (s.is_rest()) return session_title(SessionType::kRest);
  char buf[96];
  std::snprintf(buf, sizeof buf, "%s (%s), %.0f min, RPE %.1f", session_title(s.type), md_label(s.type), s.minutes,
                s.rpe);
  return buf;
}

bool same_session(const Session& a, const Session& b) {
  return a.type == b.type && a.minutes == b.minutes && a.rpe == b.rpe && a.intensity == b.intensity;
}

}  // namespace preseason
