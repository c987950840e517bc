// PHOLD through the engine (sharded and one CAF actor per actor, 1 and 2 threads)
// and through a bare single-threaded priority-queue loop running the same handler
// arithmetic, so the engine's cost reads as a ratio measured in the same binary.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <vector>

#include "actors/phold.h"
#include "engine/event_queue.h"
#include "engine/simulation.h"

namespace preseason {
namespace {

constexpr std::uint32_t kActors = 1000;
constexpr Time kLookahead = kMillisecond;
constexpr Time kEnd = 2 * kSecond;

void BM_PholdBareLoop(benchmark::State& state) {
  const PholdParams params{kActors, 1, kLookahead};
  std::uint64_t events = 0;
  for (auto _ : state) {
    std::vector<Rng> rngs;
    std::vector<std::uint64_t> seqs(kActors, 0), handled(kActors, 0);
    for (ActorId id = 0; id < kActors; ++id) rngs.emplace_back(1, 0, id);
    EventQueue queue;
    const auto send = [&](ActorId from, Time now, const PholdStep& s) {
      queue.push(Event{EventKey{now + s.delay, 0, 0, s.target, from, seqs[from]++}, PholdActor::kHop, {}});
    };
    for (ActorId id = 0; id < kActors; ++id) send(id, 0, phold_step(rngs[id], params));
    while (!queue.empty() && queue.top().time < kEnd) {
      const Event e = queue.pop();
      const ActorId self = e.key.target;
      ++handled[self];
      send(self, e.key.time, phold_step(rngs[self], params));
      ++events;
    }
    benchmark::DoNotOptimize(handled.data());
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(events));
}
BENCHMARK(BM_PholdBareLoop)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_PholdEngine(benchmark::State& state) {
  RunOptions o;
  o.threads = static_cast<unsigned>(state.range(0));
  o.shards = static_cast<unsigned>(state.range(1));
  o.policy = state.range(2) ? SchedulerPolicy::kStealing : SchedulerPolicy::kSharing;
  o.lookahead = kLookahead;
  o.end = kEnd;
  const PholdParams params{kActors, 1, kLookahead};
  std::uint64_t events = 0;
  for (auto _ : state) {
    Simulation sim(o);
    for (ActorId id = 0; id < kActors; ++id) sim.add(std::make_unique<PholdActor>(id, params));
    events += sim.run().events;
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(events));
}
BENCHMARK(BM_PholdEngine)
    ->ArgNames({"threads", "shards", "stealing"})
    ->Args({1, 1, 0})
    ->Args({1, 2, 0})
    ->Args({2, 2, 0})
    ->Args({2, 4, 0})
    ->Args({2, 2, 1})
    ->Args({2, 4, 1})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

void BM_PholdDedicated(benchmark::State& state) {
  RunOptions o;
  o.threads = static_cast<unsigned>(state.range(0));
  o.lookahead = kLookahead;
  o.end = kEnd / 4;
  const PholdParams params{kActors, 1, kLookahead};
  std::uint64_t events = 0;
  for (auto _ : state) {
    Simulation sim(o);
    for (ActorId id = 0; id < kActors; ++id) sim.add(std::make_unique<PholdActor>(id, params), Placement::kDedicated);
    events += sim.run().events;
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(events));
}
BENCHMARK(BM_PholdDedicated)->ArgNames({"threads"})->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
}  // namespace preseason

BENCHMARK_MAIN();
