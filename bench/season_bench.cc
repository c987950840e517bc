// Season simulation throughput in athlete-days per second: the full model with
// devices and pipelines (no predictor), 25 and 2,500 athletes, 1 and 2 threads, with
// no output, the printed summary, or the summary and a recording, through the engine;
// and the same domain code driven by a bare single-threaded loop, so the engine's cost
// reads as a ratio. A 25-athlete season takes tens of milliseconds, so it is run as many
// times as half a second allows; a 2,500-athlete one once per repetition.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <memory>
#include <unistd.h>

#include "scenarios/scenario_loader.h"
#include "scenarios/season_graph.h"
#include "scenarios/season_run.h"

namespace preseason {
namespace {

Scenario scenario(std::int64_t athletes) {
  return load_scenario(PRESEASON_SOURCE_DIR "/scenarios/season-25.yaml",
                       {"squad.size=" + std::to_string(athletes), "policy={name: acwr_band}"});
}

// What a run produces besides its events: nothing; the summary `preseason run` prints
// (outcome tally and decisions fingerprint); or the summary and a recording.
enum Output { kNothing = 0, kSummary = 1, kRecording = 2 };

void BM_SeasonEngine(benchmark::State& state) {
  const Scenario s = scenario(state.range(0));
  SeasonRunOptions o;
  o.threads = static_cast<unsigned>(state.range(1));
  const auto output = static_cast<Output>(state.range(2));
  o.tally = output != kNothing;
  o.decisions = output != kNothing;
  const std::string out = "/tmp/preseason_season_bench_" + std::to_string(::getpid()) + ".h5";
  if (output == kRecording) o.out = out;
  o.resources = std::make_shared<const RunResources>(load_run_resources(s));
  double days = 0;
  for (auto _ : state) {
    const SeasonRunResult r = run_season(s, o);
    days += static_cast<double>(s.squad_size) * static_cast<double>(s.calendar.season_end - s.calendar.season_start + 1);
    benchmark::DoNotOptimize(r.stats.events);
  }
  std::remove(out.c_str());
  state.counters["athlete_days_per_s"] = benchmark::Counter(days, benchmark::Counter::kIsRate);
}
BENCHMARK(BM_SeasonEngine)
    ->ArgNames({"athletes", "threads", "output"})
    ->ArgsProduct({{25, 2500}, {1, 2}, {kNothing, kSummary, kRecording}})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Repetitions(2);

// The same actors' handlers run from one event queue on this thread: no CAF, no
// steps, no routing. What the domain code costs by itself.
void BM_SeasonBareLoop(benchmark::State& state) {
  const Scenario s = scenario(state.range(0));
  const auto resources = std::make_shared<const RunResources>(load_run_resources(s));
  double days = 0;
  for (auto _ : state) {
    RunOptions o = season_run_options(s, 0, 1, 1);
    Simulation sim(o);
    const SeasonGraph graph = build_season(s, 0, sim, resources);
    benchmark::DoNotOptimize(sim.run_bare().events);
    days += static_cast<double>(s.squad_size) * static_cast<double>(s.calendar.season_end - s.calendar.season_start + 1);
  }
  state.counters["athlete_days_per_s"] = benchmark::Counter(days, benchmark::Counter::kIsRate);
}
BENCHMARK(BM_SeasonBareLoop)->ArgNames({"athletes"})->Arg(25)->Arg(2500)->Unit(benchmark::kMillisecond)->UseRealTime()->Repetitions(2);

}  // namespace
}  // namespace preseason

BENCHMARK_MAIN();
