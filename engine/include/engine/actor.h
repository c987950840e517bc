// The engine-level actor API that model code is written against. An actor has a
// stable id, its own state, handlers for the events it receives, its own random
// stream and an injected clock (Context::now). It never sees CAF or the wall clock,
// so the same actor runs sharded, on its own CAF actor, or in a bare loop.
#pragma once

#include <boost/archive/binary_iarchive.hpp>
#include <boost/archive/binary_oarchive.hpp>
#include <cstdint>

#include "engine/event.h"
#include "engine/random.h"

namespace preseason {

class Context;

class Actor {
 public:
  explicit Actor(ActorId id) : id_(id) {}
  virtual ~Actor() = default;
  Actor(const Actor&) = delete;
  Actor& operator=(const Actor&) = delete;

  ActorId id() const { return id_; }
  // A short, stable name of the actor type, used in error messages and checkpoints.
  virtual const char* type() const = 0;
  // Called once at the run's start time; typically schedules the first events.
  virtual void start(Context&) {}
  virtual void handle(const Event& event, Context& ctx) = 0;
  // Called shortly before a run of this actor's events, with other work in between: an
  // actor whose state outgrows the cache may ask for what its next events will read.
  virtual void warm() const {}

  // The actor's own state (engine bookkeeping such as the random stream is saved separately).
  virtual void save(boost::archive::binary_oarchive& ar) const = 0;
  virtual void load(boost::archive::binary_iarchive& ar) = 0;

  Rng& rng() { return rng_; }
  const Rng& rng() const { return rng_; }
  std::uint64_t sent() const { return next_seq_; }

 private:
  friend class Context;
  friend class Shard;
  friend class Simulation;
  ActorId id_;
  Rng rng_;
  std::uint64_t next_seq_ = 0;
};

// Implements save/load from one `template <class Ar> void serialize(Ar&, unsigned)`
// member of Derived, Boost.Serialization style.
template <class Derived>
class StatefulActor : public Actor {
 public:
  using Actor::Actor;
  void save(boost::archive::binary_oarchive& ar) const override {
    const_cast<Derived&>(static_cast<const Derived&>(*this)).serialize(ar, 0);
  }
  void load(boost::archive::binary_iarchive& ar) override { static_cast<Derived&>(*this).serialize(ar, 0); }
};

}  // namespace preseason
