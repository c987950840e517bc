// What a handler may do: read the simulated clock, draw from its actor's random
// stream, schedule events, and emit records. Sending at the current time starts a
// new delta cycle; sending to another actor sooner than the declared lookahead, or to
// another group sooner than the group lookahead, is an error, so results never depend
// on how actors are placed on shards or in which order a step runs the groups.
#pragma once

#include <climits>

#include "engine/actor.h"
#include "engine/event.h"

namespace preseason {

class Shard;

class Context {
 public:
  Time now() const { return current_.time; }
  ActorId self() const { return actor_->id(); }
  Rng& rng() { return actor_->rng_; }
  // The minimum delay between an actor and another one that this run declared.
  Time lookahead() const;
  // The minimum delay to an actor of another group: the run's group lookahead, or the
  // lookahead when it declared none.
  Time group_lookahead() const;

  void send(ActorId target, Time at, EventKind kind, Payload payload = {}, std::int32_t priority = 0);
  void send_after(ActorId target, Time delay, EventKind kind, Payload payload = {}, std::int32_t priority = 0) {
    send(target, now() + delay, kind, std::move(payload), priority);
  }
  void emit(EventKind kind, Payload payload = {}, std::shared_ptr<const std::string> note = nullptr);
  // Whether the run's sink keeps records of this kind: skip building costly ones when not.
  bool wants(EventKind kind) const;

 private:
  friend class Shard;
  Context(Shard* shard, Actor* actor, const EventKey& current) : shard_(shard), actor_(actor), current_(current) {}
  Shard* shard_;
  Actor* actor_;
  EventKey current_;
};

}  // namespace preseason
