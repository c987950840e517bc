#include "actors/policy/decision.h"

namespace preseason {

const char* adjustment_name(Adjustment a) {
  switch (a) {
    case Adjustment::kKeep: return "keep";
    case Adjustment::kScaleLoad: return "scale_load";
    case Adjustment::kCapIntensity: return "cap_intensity";
    case Adjustment::kRecovery: return "recovery";
    case Adjustment::kRest: return "rest";
  }
  return "?";
}

}  // namespace preseason
