// The coordinator: owns the actors, places them on hosts (a few shards for speed,
// or one CAF actor each where an actor must stand alone), and runs conservative
// synchronous steps until the end time or until no event remains. With a declared
// lookahead L > 0 a step is a window [T, T+L), or [T, T+G) with a group lookahead G;
// otherwise one timestamp and delta cycle. Either way, the same seed gives the same
// events with any thread count.
#pragma once

#include <limits>
#include <memory>
#include <stdexcept>
#include <vector>

#include "engine/actor.h"
#include "engine/actor_sink.h"
#include "engine/clock.h"
#include "engine/fingerprint.h"
#include "engine/record.h"

namespace preseason {

// Record kinds a sink can receive are below this.
constexpr EventKind kMaxRecordKind = 4096;

enum class Placement {
  kSharded,    // hosted with many others inside one of the shard actors
  kDedicated,  // on a CAF actor of its own
};

enum class SchedulerPolicy { kSharing, kStealing };

struct RunOptions {
  std::uint64_t seed = 1;
  std::uint32_t replicate = 0;
  Time start = 0;
  Time end = std::numeric_limits<Time>::max();  // exclusive
  Time lookahead = 0;      // smallest delay between two different actors; 0 = delta cycles only
  // Smallest delay between actors of different groups (see Simulation::join); 0 = no
  // groups. Within a step each group then runs alone through the whole window, which
  // keeps its state in cache when actors of a group talk often and groups seldom.
  Time group_lookahead = 0;
  unsigned threads = 1;    // CAF scheduler threads
  unsigned shards = 0;     // 0 picks 2 per thread
  SchedulerPolicy policy = SchedulerPolicy::kSharing;

  // A windowed step's length, and the least delay of an event to another group: the group
  // lookahead, or the lookahead when there are no groups.
  Time window() const { return group_lookahead > 0 ? group_lookahead : lookahead; }
};

struct RunStats {
  std::uint64_t events = 0;
  std::uint64_t steps = 0;
  Time final_time = 0;        // time of the last step opened
  double wall_seconds = 0;
  Fingerprint fingerprint;
  double events_per_second() const { return wall_seconds > 0 ? static_cast<double>(events) / wall_seconds : 0; }
};

// An actor threw: names the actor, the event and the simulated time.
class RunError : public std::runtime_error {
 public:
  RunError(const std::string& what, ActorId actor, Time time) : std::runtime_error(what), actor(actor), time(time) {}
  ActorId actor;
  Time time;
};

class Simulation {
 public:
  explicit Simulation(RunOptions options);
  ~Simulation();
  Simulation(const Simulation&) = delete;
  Simulation& operator=(const Simulation&) = delete;

  // Adds an actor; its id must be unused. Its random stream is seeded from
  // (seed, replicate, id).
  Actor& add(std::unique_ptr<Actor> actor, Placement placement = Placement::kSharded);
  template <class T, class... Args>
  T& emplace(Args&&... args) {
    return static_cast<T&>(add(std::make_unique<T>(std::forward<Args>(args)...)));
  }
  template <class T, class... Args>
  T& emplace_dedicated(Args&&... args) {
    return static_cast<T&>(add(std::make_unique<T>(std::forward<Args>(args)...), Placement::kDedicated));
  }

  // Puts `member` in the group of `leader` (every actor starts in a group of its own). A
  // group lives on one shard; it matters only with a group lookahead.
  void join(ActorId member, ActorId leader);

  // Optional: where emitted records go (none: emit() is free). Not owned.
  void set_sink(RecordSink* sink) { sink_ = sink; }
  // Optional: sinks that take records as they are emitted, on the actors' threads. Not owned.
  void add_actor_sink(ActorSink* sink) { actor_sinks_.push_back(sink); }
  // Optional: defaults to a virtual clock. Not owned.
  void set_clock(Clock* clock) { clock_ = clock; }

  const RunOptions& options() const { return options_; }
  Actor* find(ActorId id) const { return id < by_id_.size() ? by_id_[id] : nullptr; }

  // Runs to the end time; throws RunError when an actor fails, after an orderly shutdown.
  RunStats run() { return run_until(options_.end); }
  // Runs every event before `stop` (capped at the end time) and returns the totals so far;
  // a later call continues from there. The sinks are fixed by the first call.
  RunStats run_until(Time stop);

  // The complete state between two runs: every actor's state, random stream and send
  // counter, the pending events and the fingerprint so far. load() goes on a simulation
  // built with the same actors (ids and types), before it has run; it throws
  // std::runtime_error naming the first actor that does not match.
  void save(boost::archive::binary_oarchive& ar) const;
  void load(boost::archive::binary_iarchive& ar);
  // The time a run continues from: the start, or where the last run_until or load stopped.
  Time resume_time() const { return resume_; }
  // Runs every actor on the calling thread from a single event queue, with no CAF,
  // no steps and no records: the baseline that benchmarks compare run() against.
  RunStats run_bare();

 private:
  RunOptions options_;
  std::vector<std::unique_ptr<Actor>> actors_;
  std::vector<Placement> placements_;
  std::vector<Actor*> by_id_;
  std::vector<std::uint32_t> group_of_;  // by actor id: the id of its group's leader
  RecordSink* sink_ = nullptr;
  std::vector<ActorSink*> actor_sinks_;
  Clock* clock_ = nullptr;

  struct Runtime;  // placement, shards and inboxes, built by the first run
  Runtime& runtime();
  std::unique_ptr<Runtime> runtime_;
  bool started_ = false;        // start() handlers have run (or the state was loaded)
  Time resume_ = 0;
  std::vector<Event> restored_;  // pending events from load(), placed by the next run
  Fingerprint carried_;          // fingerprint of the events before load()
  std::uint64_t steps_ = 0;
};

}  // namespace preseason
