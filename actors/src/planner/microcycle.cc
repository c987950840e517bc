#include "actors/planner/microcycle.h"

namespace preseason {

SessionType microcycle_session(int days_to_match, int days_since_match) {
  if (days_to_match == 0) return SessionType::kMatch;
  if (days_to_match == 1) return SessionType::kActivation;
  if (days_since_match == 1) return SessionType::kRecovery;
  if (days_since_match == 2 && (days_to_match < 0 || days_to_match >= 4)) return SessionType::kRest;
  if (days_to_match < 0) return days_since_match % 7 == 0 ? SessionType::kRest : SessionType::kModerate;
  if (days_to_match == 2) return SessionType::kModerate;
  if (days_to_match == 3) return SessionType::kVolume;
  if (days_to_match == 4) return SessionType::kStrength;
  // Longer gaps (international breaks): one day off a week, otherwise alternate
  // the two loading sessions.
  if (days_to_match % 7 == 0) return SessionType::kRest;
  return days_to_match % 2 ? SessionType::kVolume : SessionType::kStrength;
}

}  // namespace preseason
