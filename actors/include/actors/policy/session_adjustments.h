// The ways a policy may change a planned session, each giving the Decision with its
// reason. Only training sessions are ever changed: rest days stay rest and matches
// stay as planned, because the coach picks the team.
#pragma once

#include <string>

#include "actors/policy/decision.h"

namespace preseason {

// A planned training session a policy may change (not rest, not a match).
bool adjustable(const Session& plan);

// Session-RPE load (Foster 2001) the plan asks for: target RPE x minutes.
double planned_load(const Session& s);

Decision keep(const Session& plan, std::string reason = "as planned");

// Minutes times `scale`; a session left shorter than a minute becomes rest.
Decision scale_load(const Session& plan, double scale, std::string reason);

// Intensity at most `cap`, the target RPE lowered in the same proportion, since a
// session run slower also feels easier.
Decision cap_intensity(const Session& plan, double cap, std::string reason);

// The default MD+1 recovery session (40 min, RPE 2, intensity 0.1), never longer or
// harder than the plan.
Decision recovery(const Session& plan, std::string reason);

Decision rest(std::string reason);

}  // namespace preseason
