// What a load-adjustment policy returns: the session to do instead of the plan,
// the kind of change, and why, in words a coach reads.
#pragma once

#include <cstdint>
#include <string>

#include "actors/athlete/session.h"

namespace preseason {

enum class Adjustment : std::uint8_t { kKeep, kScaleLoad, kCapIntensity, kRecovery, kRest };

const char* adjustment_name(Adjustment a);

struct Decision {
  Session session;
  Adjustment adjustment = Adjustment::kKeep;
  std::string reason;

  template <class Ar> void serialize(Ar& ar, unsigned) { ar & session & adjustment & reason; }
};

}  // namespace preseason
