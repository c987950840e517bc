// Takes records as actors emit them, on the thread running the actor: for sinks cheap
// enough to keep per actor (a tally, a fingerprint), which then cost no record, hand-over
// or sort. Calls for different actors may run at once on different threads; one actor's
// come one at a time, in the order it emitted them. So a sink keeps what it takes per actor
// and combines the actors only between runs, in an order of its own.
#pragma once

#include <string>

#include "engine/event.h"

namespace preseason {

class ActorSink {
 public:
  virtual ~ActorSink() = default;
  // Asked once per kind before a run.
  virtual bool wants(EventKind kind) const = 0;
  // `note` is null when the record has none.
  virtual void take(Time time, ActorId actor, EventKind kind, const Payload& payload, const std::string* note) = 0;
};

}  // namespace preseason
