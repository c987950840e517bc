// What a run produces besides events: records emitted by actors, handed to a sink
// step by step, each actor's in the order it emitted them.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "engine/event.h"

namespace preseason {

struct Record {
  Time time;  // simulated time of emission
  ActorId actor;
  EventKind kind;
  Payload payload;
  std::shared_ptr<const std::string> note;  // optional human-readable text, e.g. a reason
};

// Receives each step's records grouped by actor, in actor id order, each actor's in
// the order it emitted them: an order that does not depend on how actors are placed.
// Called from one thread at a time, not always the same, while the shards may already run
// later steps: a sink reads the records it is given, never the actors. Every record of a
// run has reached the sink when Simulation::run or run_until returns.
class RecordSink {
 public:
  virtual ~RecordSink() = default;
  virtual void write(const std::vector<Record>& records) = 0;
  // Asked once per kind before a run; records of unwanted kinds are never built.
  virtual bool wants(EventKind) const { return true; }
};

}  // namespace preseason
