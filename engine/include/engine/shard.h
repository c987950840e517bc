// A host for many actors with its own event heap. The coordinator tells it to run
// one step (every event whose (time, delta) is below a bound) and then collects
// what it sent to other hosts, what it emitted, and its fingerprint share.
// Plain C++: the CAF shell around it only decides which thread runs the step.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "engine/actor.h"
#include "engine/context.h"
#include "engine/event_queue.h"
#include "engine/fingerprint.h"
#include "engine/record.h"

namespace preseason {

// A step delivers the events whose (time, delta) is lexicographically below this.
struct StepBound {
  Time time;
  std::uint32_t delta;
};

struct ActorFailure {
  EventKey key;
  EventKind kind;
  ActorId actor;
  std::string type;
  std::string what;
};

class Shard {
 public:
  // `actors` and `host_of` are indexed by actor id, `wanted` by record kind (records of
  // kinds beyond its end are dropped); all are shared, read-only, by every host.
  Shard(std::uint32_t index, const std::vector<Actor*>& actors, const std::vector<std::uint32_t>& host_of,
        Time lookahead, const std::vector<bool>& wanted);

  std::uint32_t index() const { return index_; }
  void host(Actor* actor) { hosted_.push_back(actor); }
  const std::vector<Actor*>& hosted() const { return hosted_; }

  // Calls start() on every hosted actor, in id order, at time `t`.
  void start(Time t);
  // Runs every pending event below `bound`, including ones this step schedules locally.
  void run(StepBound bound);
  // Takes events that other hosts sent here.
  void deliver(std::vector<Event>& incoming);
  void push(Event&& e);

  bool idle() const { return queue_.empty(); }
  const EventKey& next() const { return queue_.top(); }
  std::vector<Event> pending() const { return queue_.pending(); }

  std::vector<Event>& outbox() { return outbox_; }
  std::vector<Record>& records() { return records_; }
  const Fingerprint& fingerprint() const { return fingerprint_; }
  const std::optional<ActorFailure>& failure() const { return failure_; }

 private:
  friend class Context;
  void post(Actor& from, const EventKey& current, ActorId target, Time at, EventKind kind, Payload&& payload,
            std::int32_t priority);
  void fail(const Event& e, Actor* actor, const char* what);

  std::uint32_t index_;
  const std::vector<Actor*>& actors_;
  const std::vector<std::uint32_t>& host_of_;
  Time lookahead_;
  const std::vector<bool>& wanted_;
  std::vector<Actor*> hosted_;
  EventQueue queue_;
  std::vector<Event> outbox_;
  std::vector<Record> records_;
  Fingerprint fingerprint_;
  std::optional<ActorFailure> failure_;
};

}  // namespace preseason
