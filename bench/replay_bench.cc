// Replay throughput in athlete-days per second: a recorded season-25 season (250 and 1,000
// athletes, recorded once per process) replayed through the pipelines as `preseason
// replay` does (outcome tally and decisions fingerprint), on 1 and 2 threads, stepping a
// week at a time (each pipeline a group) or by the quarter-hour lookahead as live mode's
// replays do. The ratio of the two is what week steps are worth.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <map>
#include <unistd.h>

#include "actors/season/decisions_fingerprint.h"
#include "actors/season/season_tally.h"
#include "scenarios/replay_graph.h"
#include "scenarios/scenario_loader.h"
#include "scenarios/season_run.h"

namespace preseason {
namespace {

// The recordings made so far by squad size, deleted when the process ends.
class Recordings {
 public:
  ~Recordings() {
    for (const auto& [athletes, path] : paths_) std::remove(path.c_str());
  }
  const std::string& of(std::int64_t athletes) {
    auto it = paths_.find(athletes);
    if (it != paths_.end()) return it->second;
    const std::string path =
        "/tmp/preseason_replay_bench_" + std::to_string(::getpid()) + "_" + std::to_string(athletes) + ".h5";
    const Scenario s = load_scenario(PRESEASON_SOURCE_DIR "/scenarios/season-25.yaml",
                                     {"squad.size=" + std::to_string(athletes), "policy={name: acwr_band}"});
    SeasonRunOptions o;
    o.threads = 2;
    o.out = path;
    run_season(s, o);
    return paths_.emplace(athletes, path).first->second;
  }

 private:
  std::map<std::int64_t, std::string> paths_;
};

Recordings recordings;

void BM_Replay(benchmark::State& state) {
  ReplayRequest request;
  request.path = recordings.of(state.range(0));
  request.threads = static_cast<unsigned>(state.range(1));
  if (state.range(2) == 0) request.group_lookahead = 0;
  double days = 0;
  for (auto _ : state) {
    const ReplayPlan plan = plan_replay(request);
    Simulation sim(plan.run);
    const ReplayGraph graph = build_replay(plan, sim);
    season::SeasonTally tally(plan.layout);
    season::DecisionsFingerprint decisions(plan.layout);
    sim.add_actor_sink(&tally);
    sim.add_actor_sink(&decisions);
    benchmark::DoNotOptimize(sim.run().events);
    days += static_cast<double>(plan.ids.size()) * static_cast<double>(plan.to - plan.from + 1);
  }
  state.counters["athlete_days_per_s"] = benchmark::Counter(days, benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Replay)
    ->ArgNames({"athletes", "threads", "week_steps"})
    ->ArgsProduct({{250, 1000}, {1, 2}, {0, 1}})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(1)
    ->Repetitions(2);

}  // namespace
}  // namespace preseason

BENCHMARK_MAIN();
