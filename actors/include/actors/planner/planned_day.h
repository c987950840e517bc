// One day of the team calendar as the planner proposes it: the session the
// squad is scheduled for, whether it is a match, and any travel.
#pragma once

#include "actors/athlete/session.h"
#include "data/time.h"

namespace preseason {

struct PlannedDay {
  Day day = 0;
  Session session;  // team-level target: type, minutes, target RPE, intensity
  bool preseason = false;  // in the pre-season block (matches there are friendlies)
  bool away = false;
  // Time zones crossed today, signed (positive eastward); 0 when not travelling.
  double tz_shift_h = 0;
  // Days until the next match (-1 when none is left) and since the last one
  // (-1 before the first), so MD-n labels can be checked.
  int days_to_match = -1;
  int days_since_match = -1;
  // Already one athlete's session (e.g. replayed from a recording): squad selection
  // does not apply.
  bool individual = false;

  bool is_match() const { return session.is_match(); }

  template <class Ar> void serialize(Ar& ar, unsigned) {
    ar & day & session & preseason & away & tz_shift_h & days_to_match & days_since_match & individual;
  }
};

}  // namespace preseason
