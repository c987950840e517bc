// Sessions in words for calendars and audit trails: "Strength", or
// "Strength (MD-4), 70 min, RPE 7.0"; a rest day is "Rest".
#pragma once

#include <string>

#include "actors/athlete/session.h"

namespace preseason {

const char* session_title(SessionType t);
std::string session_text(const Session& s);
bool same_session(const Session& a, const Session& b);

}  // namespace preseason
