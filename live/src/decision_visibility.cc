#include "decision_visibility.h"

#include "live/day_decider.h"

namespace preseason::live {

bool sees_decisions(const Principal& who, const std::string& athlete, const AccessControl& access) {
  for (const std::string& feature : DayDecider::feature_names())
    if (access.may_read_stream(who, athlete, DayDecider::consent_stream(feature))) return true;
  return false;
}

}  // namespace preseason::live
