#include "engine/simulation.h"

#include <algorithm>
#include <chrono>

#include <caf/all.hpp>
#include <fmt/format.h>

#include "coordinator.h"
#include "host_actor.h"

namespace preseason {

namespace {

caf::actor_system_config make_config(const RunOptions& o) {
  caf::actor_system_config cfg;
  cfg.set("scheduler.max-threads", static_cast<std::size_t>(std::max(1u, o.threads)));
  cfg.set("scheduler.policy", o.policy == SchedulerPolicy::kSharing ? caf::atom("sharing") : caf::atom("stealing"));
  return cfg;
}

// Runs the CAF side of one run. The system lives only here; on the way out every host
// is told to exit before the system's destructor waits for them.
void run_on_caf(const RunOptions& o, Coordinator& coordinator, std::vector<Shard>& shards,
                std::vector<std::vector<Event>>& inboxes, bool paced) {
  caf::actor_system_config config = make_config(o);
  caf::actor_system system(config);
  std::vector<caf::actor> hosts;
  hosts.reserve(shards.size());
  for (std::size_t i = 0; i < shards.size(); ++i) hosts.push_back(system.spawn(host_actor, &shards[i], &inboxes[i]));
  std::exception_ptr failure;
  {
    caf::scoped_actor self(system);
    // A paced clock blocks between steps; give the coordinator a thread of its own then,
    // so it never holds one of the scheduler's workers.
    const caf::actor coordinator_handle =
        paced ? system.spawn<caf::detached>(coordinator_actor, &coordinator, hosts, o.start, &failure)
              : system.spawn(coordinator_actor, &coordinator, hosts, o.start, &failure);
    self->send(coordinator_handle, start_atom::value);
    self->receive([](finished_atom) {});
    for (auto& h : hosts) self->send_exit(h, caf::exit_reason::user_shutdown);
  }
  hosts.clear();
  if (failure) std::rethrow_exception(failure);
}

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
  std::vector<bool> wanted;
  if (sink_) {
    wanted.resize(kMaxRecordKind);
    for (EventKind k = 0; k < kMaxRecordKind; ++k) wanted[k] = sink_->wants(k);
  }
  std::vector<Shard> shards;
  shards.reserve(hosts);
  for (std::uint32_t h = 0; h < hosts; ++h) shards.emplace_back(h, by_id_, host_of, options_.lookahead, wanted);
  for (auto& a : actors_) shards[host_of[a->id()]].host(a.get());
  std::vector<std::vector<Event>> inboxes(hosts);

  Coordinator coordinator(options_, shards, inboxes, host_of, sink_, clock);
  run_on_caf(options_, coordinator, shards, inboxes, clock.paced());

  RunStats stats = coordinator.stats();
  for (const Shard& s : shards) stats.fingerprint.merge(s.fingerprint());
  stats.events = stats.fingerprint.events();
  stats.wall_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - wall_start).count();
  return stats;
}

RunStats Simulation::run_bare() {
  const auto wall_start = std::chrono::steady_clock::now();
  const std::vector<std::uint32_t> host_of(by_id_.size(), 0);
  const std::vector<bool> no_records;
  Shard shard(0, by_id_, host_of, options_.lookahead, no_records);
  for (auto& a : actors_) shard.host(a.get());
  shard.start(options_.start);
  shard.run(StepBound{options_.end, 0});
  Coordinator::raise(shard.failure());
  RunStats stats;
  stats.fingerprint = shard.fingerprint();
  stats.events = stats.fingerprint.events();
  stats.wall_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - wall_start).count();
  return stats;
}

}  // namespace preseason
