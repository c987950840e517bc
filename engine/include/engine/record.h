// What a run produces besides events: records emitted by actors, handed to a
// sink in the total order of the events that caused them.
#pragma once

#include <vector>

#include "engine/event.h"

namespace preseason {

struct Record {
  EventKey cause;        // the event whose handler emitted it
  std::uint32_t index;   // position among that handler's emissions
  Time time;             // simulated time of emission
  ActorId actor;
  EventKind kind;
  Payload payload;

  friend bool operator<(const Record& a, const Record& b) {
    return a.cause < b.cause || (a.cause == b.cause && a.index < b.index);
  }
};

// Receives each step's records, already ordered; called on the coordinator thread only.
class RecordSink {
 public:
  virtual ~RecordSink() = default;
  virtual void write(const std::vector<Record>& records) = 0;
};

}  // namespace preseason
