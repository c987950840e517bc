#include "engine/simulation.h"

#include <algorithm>
#include <chrono>

#include <caf/all.hpp>
#include <fmt/format.h>

#include "host_actor.h"

namespace preseason {

namespace {

struct NextKey {
  Time time = std::numeric_limits<Time>::max();
  std::uint32_t delta = 0;
  bool operator<(const NextKey& o) const { return time < o.time || (time == o.time && delta < o.delta); }
};

bool below(const EventKey& k, const StepBound& b) {
  return k.time < b.time || (k.time == b.time && k.delta < b.delta);
}

std::string describe(const ActorFailure& f) {
  return fmt::format("actor {} ({}) failed at {} handling event kind {} from actor {}: {}", f.actor, f.type,
                     format_time(f.key.time), f.kind, f.key.source, f.what);
}

caf::actor_system_config make_config(const RunOptions& o) {
  caf::actor_system_config cfg;
  cfg.set("scheduler.max-threads", static_cast<std::size_t>(std::max(1u, o.threads)));
  cfg.set("scheduler.policy", o.policy == SchedulerPolicy::kSharing ? caf::atom("sharing") : caf::atom("stealing"));
  return cfg;
}

// Keeps the CAF side of a run: the system, the coordinator's handle and one CAF actor
// per host; on destruction every host is told to exit before the system waits for them.
class HostGroup {
 public:
  HostGroup(const RunOptions& o, std::vector<Shard>& shards, std::vector<std::vector<Event>>& inboxes)
      : config_(make_config(o)), system_(config_), self_(system_) {
    const caf::actor coordinator = caf::actor_cast<caf::actor>(self_);
    for (std::size_t i = 0; i < shards.size(); ++i)
      hosts_.push_back(system_.spawn(host_actor, &shards[i], &inboxes[i], coordinator));
  }
  ~HostGroup() {
    for (auto& h : hosts_) self_->send_exit(h, caf::exit_reason::user_shutdown);
    hosts_.clear();
  }

  template <class... Ts>
  void send(std::size_t host, Ts&&... xs) {
    self_->send(hosts_[host], std::forward<Ts>(xs)...);
  }
  void await(std::size_t replies) {
    for (std::size_t i = 0; i < replies; ++i) self_->receive([](done_atom, std::uint32_t) {});
  }

 private:
  caf::actor_system_config config_;
  caf::actor_system system_;
  caf::scoped_actor self_;
  std::vector<caf::actor> hosts_;
};

}  // namespace

Simulation::Simulation(RunOptions options) : options_(options) {}

Simulation::~Simulation() = default;

Actor& Simulation::add(std::unique_ptr<Actor> actor, Placement placement) {
  const ActorId id = actor->id();
  if (find(id) != nullptr) throw std::invalid_argument(fmt::format("actor id {} is used twice", id));
  if (by_id_.size() <= id) by_id_.resize(id + 1, nullptr);
  actor->rng_ = Rng(options_.seed, options_.replicate, id);
  by_id_[id] = actor.get();
  actors_.push_back(std::move(actor));
  placements_.push_back(placement);
  return *actors_.back();
}

RunStats Simulation::run() {
  const auto wall_start = std::chrono::steady_clock::now();
  VirtualClock virtual_clock;
  Clock& clock = clock_ ? *clock_ : virtual_clock;
  const unsigned shard_count = options_.shards ? options_.shards : 2 * std::max(1u, options_.threads);

  // Placement: shards first, then one host per dedicated actor.
  std::vector<std::uint32_t> host_of(by_id_.size(), 0);
  std::uint32_t hosts = shard_count;
  for (std::size_t i = 0; i < actors_.size(); ++i) {
    const ActorId id = actors_[i]->id();
    host_of[id] = placements_[i] == Placement::kDedicated ? hosts++ : id % shard_count;
  }
  std::vector<Shard> shards;
  shards.reserve(hosts);
  for (std::uint32_t h = 0; h < hosts; ++h)
    shards.emplace_back(h, by_id_, host_of, options_.lookahead, sink_ != nullptr);
  for (auto& a : actors_) shards[host_of[a->id()]].host(a.get());
  std::vector<std::vector<Event>> inboxes(hosts);

  RunStats stats;
  std::vector<Record> records;
  const auto check_failures = [&] {
    const ActorFailure* first = nullptr;
    for (const Shard& s : shards)
      if (s.failure() && (!first || s.failure()->key < first->key)) first = &*s.failure();
    if (first) throw RunError(describe(*first), first->actor, first->key.time);
  };
  const auto flush_records = [&] {
    if (!sink_) return;
    records.clear();
    for (Shard& s : shards) {
      std::move(s.records().begin(), s.records().end(), std::back_inserter(records));
      s.records().clear();
    }
    if (records.empty()) return;
    std::sort(records.begin(), records.end());
    sink_->write(records);
  };

  {
    HostGroup group(options_, shards, inboxes);
    for (std::uint32_t h = 0; h < hosts; ++h) group.send(h, start_atom::value, options_.start);
    group.await(hosts);
    check_failures();
    flush_records();
    clock.begin(options_.start);

    std::vector<std::uint32_t> active;
    for (;;) {
      // Route what each host sent to other hosts, and find the earliest pending event.
      NextKey next;
      for (Shard& s : shards) {
        for (Event& e : s.outbox()) {
          next = std::min(next, NextKey{e.key.time, e.key.delta});
          inboxes[host_of[e.key.target]].push_back(std::move(e));
        }
        s.outbox().clear();
        if (!s.idle()) next = std::min(next, NextKey{s.next().time, s.next().delta});
      }
      if (next.time == std::numeric_limits<Time>::max() || next.time >= options_.end) break;

      const bool windowed = options_.lookahead > 0 && !clock.paced();
      const StepBound bound = windowed ? StepBound{std::min(next.time + options_.lookahead, options_.end), 0}
                                       : StepBound{next.time, next.delta + 1};
      clock.wait_until(next.time);
      active.clear();
      for (std::uint32_t h = 0; h < hosts; ++h) {
        const bool has_mail = !inboxes[h].empty();
        const bool has_due = !shards[h].idle() && below(shards[h].next(), bound);
        if (has_mail || has_due) active.push_back(h);
      }
      for (std::uint32_t h : active) group.send(h, step_atom::value, bound.time, bound.delta);
      group.await(active.size());
      ++stats.steps;
      stats.final_time = next.time;
      check_failures();
      flush_records();
    }
  }

  for (const Shard& s : shards) stats.fingerprint.merge(s.fingerprint());
  stats.events = stats.fingerprint.events();
  stats.wall_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - wall_start).count();
  return stats;
}

}  // namespace preseason
