// Which session a day gets from its distance to the surrounding matches: MD-1
// before every match, MD+1 after it, MD-4..MD-2 as room allows, a day off on
// MD+2 when the next match is at least four days away.
#pragma once

#include "actors/athlete/session.h"

namespace preseason {

// days_to_match / days_since_match: -1 when there is no such match.
SessionType microcycle_session(int days_to_match, int days_since_match);

}  // namespace preseason
