// Whom a decision about an athlete shows (recommendations, actions, history, calendar):
// what is drawn from the athlete's data is seen by the athlete, and by staff the athlete
// shares at least one stream it draws on with.
#pragma once

#include <string>

#include "live/access_control.h"

namespace preseason::live {

bool sees_decisions(const Principal& who, const std::string& athlete, const AccessControl& access);

}  // namespace preseason::live
