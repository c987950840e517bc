#include "engine/simulation.h"

#include <algorithm>
#include <chrono>

#include <caf/all.hpp>
#include <fmt/format.h>

#include "coordinator.h"
#include "event_serialization.h"
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
                std::vector<std::vector<Event>>& inboxes, bool paced, bool start_hosts) {
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
        paced ? system.spawn<caf::detached>(coordinator_actor, &coordinator, hosts, o.start, start_hosts, &failure)
              : system.spawn(coordinator_actor, &coordinator, hosts, o.start, start_hosts, &failure);
    self->send(coordinator_handle, start_atom::value);
    self->receive([](finished_atom) {});
    for (auto& h : hosts) self->send_exit(h, caf::exit_reason::user_shutdown);
  }
  hosts.clear();
  if (failure) std::rethrow_exception(failure);
}

constexpr std::uint32_t kStateVersion = 1;

}  // namespace

struct Simulation::Runtime {
  std::vector<std::uint32_t> host_of;
  std::vector<std::uint32_t> queue_group_of;  // the groups the shards queue by
  std::vector<bool> recorded;                   // by record kind: the sink wants it
  std::vector<std::vector<ActorSink*>> taking;  // by record kind: the actor sinks that want it
  std::vector<Shard> shards;
  std::vector<std::vector<Event>> inboxes;
};

Simulation::Simulation(RunOptions options) : options_(options), resume_(options.start) {}

Simulation::~Simulation() = default;

Actor& Simulation::add(std::unique_ptr<Actor> actor, Placement placement) {
  if (runtime_ || started_) throw std::logic_error("actors are added before a simulation runs or loads");
  const ActorId id = actor->id();
  if (find(id) != nullptr) throw std::invalid_argument(fmt::format("actor id {} is used twice", id));
  if (by_id_.size() <= id) by_id_.resize(id + 1, nullptr);
  actor->rng_ = Rng(options_.seed, options_.replicate, id);
  by_id_[id] = actor.get();
  if (group_of_.size() <= id) group_of_.resize(id + 1, 0);
  group_of_[id] = id;
  actors_.push_back(std::move(actor));
  placements_.push_back(placement);
  return *actors_.back();
}

void Simulation::join(ActorId member, ActorId leader) {
  if (runtime_ || started_) throw std::logic_error("actors join groups before a simulation runs or loads");
  if (!find(member) || !find(leader))
    throw std::invalid_argument(fmt::format("actor {} cannot join actor {}: no such actor", member, leader));
  group_of_[member] = group_of_[leader];
}

Simulation::Runtime& Simulation::runtime() {
  if (runtime_) return *runtime_;
  runtime_ = std::make_unique<Runtime>();
  Runtime& rt = *runtime_;
  const unsigned shard_count = options_.shards ? options_.shards : 2 * std::max(1u, options_.threads);
  // Placement: shards first, then one host per dedicated actor.
  rt.host_of.assign(by_id_.size(), 0);
  std::uint32_t hosts = shard_count;
  std::vector<std::uint32_t> members(by_id_.size(), 0);
  for (std::size_t i = 0; i < actors_.size(); ++i) ++members[group_of_[actors_[i]->id()]];
  for (std::size_t i = 0; i < actors_.size(); ++i) {
    const ActorId id = actors_[i]->id();
    if (placements_[i] == Placement::kDedicated && members[group_of_[id]] > 1)
      throw std::logic_error(fmt::format("actor {} runs on its own CAF actor, so it cannot share a group", id));
    rt.host_of[id] = placements_[i] == Placement::kDedicated ? hosts++ : group_of_[id] % shard_count;
  }
  // Without a group lookahead nothing bounds the delays between groups, so each shard
  // keeps one queue and delivers in key order; with every actor in that one group, the
  // shards' check on sends to another group never applies.
  rt.queue_group_of = options_.group_lookahead > 0 ? group_of_ : std::vector<std::uint32_t>(by_id_.size(), 0);
  if (sink_) {
    rt.recorded.resize(kMaxRecordKind);
    for (EventKind k = 0; k < kMaxRecordKind; ++k) rt.recorded[k] = sink_->wants(k);
  }
  if (!actor_sinks_.empty()) {
    rt.taking.resize(kMaxRecordKind);
    for (EventKind k = 0; k < kMaxRecordKind; ++k)
      for (ActorSink* s : actor_sinks_)
        if (s->wants(k)) rt.taking[k].push_back(s);
  }
  rt.shards.reserve(hosts);
  for (std::uint32_t h = 0; h < hosts; ++h)
    rt.shards.emplace_back(h, by_id_, rt.host_of, rt.queue_group_of, options_.lookahead, options_.window(),
                           rt.recorded, rt.taking);
  for (auto& a : actors_) rt.shards[rt.host_of[a->id()]].host(a.get());
  rt.inboxes.resize(hosts);
  for (Event& e : restored_) rt.shards[rt.host_of[e.key.target]].push(std::move(e));
  restored_.clear();
  return rt;
}

RunStats Simulation::run_until(Time stop) {
  const auto wall_start = std::chrono::steady_clock::now();
  VirtualClock virtual_clock;
  Clock& clock = clock_ ? *clock_ : virtual_clock;
  Runtime& rt = runtime();

  Coordinator coordinator(options_, stop, resume_, rt.shards, rt.inboxes, rt.host_of, sink_, clock);
  const bool start_hosts = !started_;
  started_ = true;
  run_on_caf(options_, coordinator, rt.shards, rt.inboxes, clock.paced(), start_hosts);
  resume_ = std::max(resume_, std::min(stop, options_.end));
  steps_ += coordinator.stats().steps;

  RunStats stats = coordinator.stats();
  stats.steps = steps_;
  stats.fingerprint = carried_;
  for (const Shard& s : rt.shards) stats.fingerprint.merge(s.fingerprint());
  stats.events = stats.fingerprint.events();
  stats.wall_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - wall_start).count();
  return stats;
}

void Simulation::save(boost::archive::binary_oarchive& ar) const {
  ar << kStateVersion << options_.seed << options_.replicate << resume_ << steps_;
  std::vector<const Actor*> actors;
  for (const auto& a : actors_) actors.push_back(a.get());
  std::sort(actors.begin(), actors.end(), [](const Actor* a, const Actor* b) { return a->id() < b->id(); });
  const std::uint64_t count = actors.size();
  ar << count;
  for (const Actor* a : actors) {
    const std::string type = a->type();
    ar << a->id() << type << a->rng_ << a->next_seq_;
    a->save(ar);
  }
  std::vector<Event> pending = restored_;
  Fingerprint fingerprint = carried_;
  if (runtime_) {
    for (const Shard& s : runtime_->shards) {
      for (Event& e : s.pending()) pending.push_back(std::move(e));
      fingerprint.merge(s.fingerprint());
    }
    for (const auto& inbox : runtime_->inboxes) pending.insert(pending.end(), inbox.begin(), inbox.end());
  }
  std::sort(pending.begin(), pending.end(), [](const Event& a, const Event& b) { return a.key < b.key; });
  ar << pending << fingerprint;
}

void Simulation::load(boost::archive::binary_iarchive& ar) {
  if (runtime_ || started_) throw std::logic_error("a simulation loads its state before it runs");
  std::uint32_t version = 0;
  ar >> version;
  if (version != kStateVersion)
    throw std::runtime_error(fmt::format("simulation state version {} (this preseason reads {})", version, kStateVersion));
  std::uint64_t seed = 0;
  std::uint32_t replicate = 0;
  ar >> seed >> replicate >> resume_ >> steps_;
  if (seed != options_.seed || replicate != options_.replicate)
    throw std::runtime_error(fmt::format("state of seed {} replicate {}, but this run has seed {} replicate {}", seed,
                                         replicate, options_.seed, options_.replicate));
  std::uint64_t count = 0;
  ar >> count;
  if (count != actors_.size())
    throw std::runtime_error(fmt::format("state holds {} actors, this run has {}", count, actors_.size()));
  std::vector<Actor*> actors;
  for (const auto& a : actors_) actors.push_back(a.get());
  std::sort(actors.begin(), actors.end(), [](const Actor* a, const Actor* b) { return a->id() < b->id(); });
  for (Actor* a : actors) {
    ActorId id = 0;
    std::string type;
    ar >> id >> type;
    if (id != a->id() || type != a->type())
      throw std::runtime_error(fmt::format("state has actor {} ({}) where this run has actor {} ({})", id, type,
                                           a->id(), a->type()));
    ar >> a->rng_ >> a->next_seq_;
    a->load(ar);
  }
  ar >> restored_ >> carried_;
  started_ = true;
}

RunStats Simulation::run_bare() {
  const auto wall_start = std::chrono::steady_clock::now();
  const std::vector<std::uint32_t> host_of(by_id_.size(), 0);
  const std::vector<std::uint32_t>& one_group = host_of;
  const std::vector<bool> no_records;
  const std::vector<std::vector<ActorSink*>> no_sinks;
  // The window still tells actors how far ahead another group must hear from them, so
  // that they send what they send in run().
  Shard shard(0, by_id_, host_of, one_group, options_.lookahead, options_.window(), no_records, no_sinks);
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
