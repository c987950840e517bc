#include "actors/athlete/session.h"

namespace preseason {

const char* md_label(SessionType t) {
  switch (t) {
    case SessionType::kRest: return "rest";
    case SessionType::kPreseason: return "pre-season";
    case SessionType::kStrength: return "MD-4";
    case SessionType::kVolume: return "MD-3";
    case SessionType::kModerate: return "MD-2";
    case SessionType::kActivation: return "MD-1";
    case SessionType::kMatch: return "MD";
    case SessionType::kRecovery: return "MD+1";
    case SessionType::kCompensatory: return "MD+1 compensatory";
  }
  return "?";
}

}  // namespace preseason
