#include <fmt/format.h>

#include <optional>

#include "actors/phold.h"
#include "commands.h"
#include "engine/simulation.h"
#include "engine/trace_writer.h"

namespace preseason::cli {

namespace {

struct PholdOptions {
  std::uint32_t actors = 1000;
  std::uint32_t events_per_actor = 1;
  double lookahead_ms = 1.0;
  double seconds = 10.0;
  unsigned threads = 2;
  unsigned shards = 0;
  std::uint64_t seed = 1;
  bool dedicated = false;
  std::string out;
};

int run_phold(const PholdOptions& o) {
  RunOptions run;
  run.seed = o.seed;
  run.threads = o.threads;
  run.shards = o.shards;
  run.lookahead = static_cast<Time>(o.lookahead_ms * kMillisecond);
  run.end = static_cast<Time>(o.seconds * kSecond);
  if (run.lookahead <= 0) {
    fmt::print(stderr, "error: --lookahead-ms must be positive\n");
    return 2;
  }
  PholdParams params{o.actors, o.events_per_actor, run.lookahead};
  Simulation sim(run);
  for (ActorId id = 0; id < o.actors; ++id)
    sim.add(std::make_unique<PholdActor>(id, params), o.dedicated ? Placement::kDedicated : Placement::kSharded);
  std::optional<TraceWriter> trace;
  if (!o.out.empty()) {
    trace.emplace(o.out);
    sim.set_sink(&*trace);
  }
  const RunStats stats = sim.run();
  if (trace) trace->finish();
  fmt::print("phold: {} actors, {} event(s) each, lookahead {} ms, {} simulated s, {} thread(s), {}\n", o.actors,
             o.events_per_actor, o.lookahead_ms, o.seconds, o.threads, o.dedicated ? "one CAF actor each" : "sharded");
  fmt::print("events: {}  steps: {}  wall: {:.3f} s  throughput: {:.2f} M events/s\n", stats.events, stats.steps,
             stats.wall_seconds, stats.events_per_second() / 1e6);
  if (trace) fmt::print("trace: {} records -> {}\n", trace->written(), o.out);
  fmt::print("fingerprint: {}\n", stats.fingerprint.hex());
  return 0;
}

}  // namespace

Command add_phold(CLI::App& app) {
  auto o = std::make_shared<PholdOptions>();
  CLI::App* sub = app.add_subcommand("phold", "run the kernel's PHOLD example and print its fingerprint and throughput");
  sub->add_option("--actors", o->actors, "number of actors")->check(CLI::Range(1u, 10000000u));
  sub->add_option("--events-per-actor", o->events_per_actor, "events in flight per actor")->check(CLI::Range(1u, 1000u));
  sub->add_option("--lookahead-ms", o->lookahead_ms, "declared lookahead L; delays are drawn from [L, 2L)");
  sub->add_option("--seconds", o->seconds, "simulated seconds to run")->check(CLI::PositiveNumber);
  sub->add_option("--threads", o->threads, "scheduler threads")->check(CLI::Range(1u, 256u));
  sub->add_option("--shards", o->shards, "shard actors (0: two per thread)");
  sub->add_option("--seed", o->seed, "run seed");
  sub->add_flag("--dedicated", o->dedicated, "give every actor its own CAF actor instead of sharding");
  sub->add_option("--out", o->out, "write every handled event to this HDF5 trace");
  return {sub, [o] { return run_phold(*o); }};
}

}  // namespace preseason::cli
