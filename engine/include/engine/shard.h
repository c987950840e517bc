// A host for many actors with its own event heap. The coordinator tells it to run
// one step (every event whose (time, delta) is below a bound) and then collects
// what it sent to other hosts, what it emitted, and its fingerprint share.
// Plain C++: the CAF shell around it only decides which thread runs the step.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "engine/actor.h"
#include "engine/actor_sink.h"
#include "engine/context.h"
#include "engine/fingerprint.h"
#include "engine/group_queues.h"
#include "engine/record.h"

namespace preseason {

struct ActorFailure {
  EventKey key;
  EventKind kind;
  ActorId actor;
  std::string type;
  std::string what;
};

class Shard {
 public:
  // `actors`, `host_of` and `group_of` are indexed by actor id; `recorded` (whether the
  // record sink wants a kind) and `taking` (the actor sinks that do) by record kind, and
  // kinds beyond their ends are dropped. All are shared, read-only, by every host.
  // Each group of actors has a queue of its own and a step runs the groups one after
  // another; `group_lookahead` is the least delay of an event to another group
  // (RunOptions::window()).
  Shard(std::uint32_t index, const std::vector<Actor*>& actors, const std::vector<std::uint32_t>& host_of,
        const std::vector<std::uint32_t>& group_of, Time lookahead, Time group_lookahead,
        const std::vector<bool>& recorded, const std::vector<std::vector<ActorSink*>>& taking);

  std::uint32_t index() const { return index_; }
  void host(Actor* actor);
  const std::vector<Actor*>& hosted() const { return hosted_; }

  // Calls start() on every hosted actor, in id order, at time `t`. What start() sends to
  // another group is queued before any step runs, so it needs only the lookahead.
  void start(Time t);
  // Runs every pending event below `bound`, including ones this step schedules locally.
  void run(StepBound bound);
  // Takes events that other hosts sent here.
  void deliver(std::vector<Event>& incoming);
  void push(Event&& e);

  bool idle() const { return queues_.empty(); }
  const EventKey& next() const { return queues_.top(); }
  std::vector<Event> pending() const { return queues_.pending(); }

  std::vector<Event>& outbox() { return outbox_; }
  std::vector<Record>& records() { return records_; }
  const Fingerprint& fingerprint() const { return fingerprint_; }
  const std::optional<ActorFailure>& failure() const { return failure_; }

 private:
  friend class Context;
  void post(Actor& from, const EventKey& current, ActorId target, Time at, EventKind kind, Payload&& payload,
            std::int32_t priority);
  // Runs one group's events below `bound`; false when an actor failed.
  bool run_group(EventQueue& queue, StepBound bound);
  void fail(const Event& e, Actor* actor, const char* what);
  std::uint32_t queue_of(ActorId actor) const { return queue_of_[group_of_[actor]]; }

  std::uint32_t index_;
  const std::vector<Actor*>& actors_;
  const std::vector<std::uint32_t>& host_of_;
  const std::vector<std::uint32_t>& group_of_;
  Time lookahead_;
  Time group_lookahead_;
  const std::vector<bool>& recorded_;
  const std::vector<std::vector<ActorSink*>>& taking_;
  std::vector<Actor*> hosted_;
  std::vector<std::uint32_t> queue_of_;  // by group id: its queue here
  std::vector<std::vector<const Actor*>> members_;  // by queue: the actors it serves
  GroupQueues queues_;
  bool starting_ = false;
  std::vector<Event> outbox_;
  std::vector<Record> records_;
  Fingerprint fingerprint_;
  std::optional<ActorFailure> failure_;
};

}  // namespace preseason
