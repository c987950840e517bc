// Checkpoint cost of a 2,500-athlete season-25 squad stopped at 00:00 of 1 December:
// writing a checkpoint file, serialising alone (no I/O), restoring one (graph build plus
// Simulation::load, what `run --from` does before it runs), the graph build alone, and
// the bytes per athlete.
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "actors/season/decisions_fingerprint.h"
#include "actors/season/pipeline_actor.h"
#include "actors/season/season_tally.h"
#include "data/time.h"
#include "scenarios/scenario_loader.h"
#include "scenarios/season_checkpoint.h"
#include "scenarios/season_graph.h"

namespace preseason {
namespace {

constexpr std::uint32_t kAthletes = 2500;

struct Stopped {
  Scenario scenario =
      load_scenario(PRESEASON_SOURCE_DIR "/scenarios/season-25.yaml", {"squad.size=" + std::to_string(kAthletes)});
  Day day = parse_date("2025-12-01");
  Simulation sim{season_run_options(scenario, 0, 2, 0)};
  SeasonGraph graph = build_season(scenario, 0, sim);
  RunStats stats = sim.run_until(start_of(day));
  std::string dir = "/tmp/preseason_checkpoint_bench_" + std::to_string(::getpid());
  std::string state_path = dir + "/state.bin";  // Simulation::save alone, for the restore

  Stopped() {
    std::filesystem::create_directories(dir);
    std::ofstream f(state_path, std::ios::binary);
    boost::archive::binary_oarchive ar(f);
    sim.save(ar);
  }
  ~Stopped() {
    std::error_code ec;
    std::filesystem::remove_all(dir, ec);
  }
};

Stopped& stopped() {
  static Stopped s;
  return s;
}

std::size_t saved_bytes(const Actor& a) {
  std::ostringstream out;
  boost::archive::binary_oarchive ar(out, boost::archive::no_header);
  a.save(ar);
  return out.str().size();
}

template <class T>
std::size_t archived_bytes(const T& x) {
  std::ostringstream out;
  boost::archive::binary_oarchive ar(out, boost::archive::no_header);
  ar << x;
  return out.str().size();
}

void BM_CheckpointWrite(benchmark::State& state) {
  Stopped& s = stopped();
  const season::SeasonTally tally(s.graph.layout);
  const season::DecisionsFingerprint decisions(s.graph.layout);
  std::string path;
  for (auto _ : state) path = write_checkpoint(s.dir, s.scenario, 0, s.day, s.sim, tally, decisions, s.stats);
  const auto bytes = static_cast<double>(std::filesystem::file_size(path));
  state.counters["MB"] = bytes / 1e6;
  state.counters["bytes_per_athlete"] = bytes / kAthletes;
  // Which actors the bytes come from.
  const auto& pipeline = dynamic_cast<const season::PipelineActor&>(*s.sim.find(s.graph.layout.pipeline(0)));
  state.counters["pipeline_bytes"] = static_cast<double>(saved_bytes(pipeline));
  state.counters["features_bytes"] = static_cast<double>(archived_bytes(pipeline.features()));
  state.counters["normalizer_bytes"] = static_cast<double>(archived_bytes(pipeline.scores()));
  state.counters["athlete_bytes"] = static_cast<double>(saved_bytes(*s.sim.find(s.graph.layout.athlete(0))));
  state.counters["planner_bytes"] = static_cast<double>(saved_bytes(*s.sim.find(s.graph.layout.planner())));
}
BENCHMARK(BM_CheckpointWrite)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

// Takes bytes and drops them, so only the serialisation is timed.
class CountingBuf : public std::streambuf {
 public:
  std::size_t count = 0;

 protected:
  std::streamsize xsputn(const char*, std::streamsize n) override {
    count += static_cast<std::size_t>(n);
    return n;
  }
  int_type overflow(int_type c) override {
    ++count;
    return c == traits_type::eof() ? traits_type::not_eof(c) : c;
  }
};

void BM_SimulationSaveNoIo(benchmark::State& state) {
  Stopped& s = stopped();
  std::size_t bytes = 0;
  for (auto _ : state) {
    CountingBuf buf;
    std::ostream out(&buf);
    boost::archive::binary_oarchive ar(out);
    s.sim.save(ar);
    bytes = buf.count;
  }
  state.counters["MB"] = static_cast<double>(bytes) / 1e6;
}
BENCHMARK(BM_SimulationSaveNoIo)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

void BM_CheckpointRestore(benchmark::State& state) {
  Stopped& s = stopped();
  for (auto _ : state) {
    auto sim = std::make_unique<Simulation>(season_run_options(s.scenario, 0, 2, 0));
    auto graph = std::make_unique<SeasonGraph>(build_season(s.scenario, 0, *sim));
    std::ifstream f(s.state_path, std::ios::binary);
    boost::archive::binary_iarchive ar(f);
    sim->load(ar);
    benchmark::DoNotOptimize(sim->resume_time());
    state.PauseTiming();
    sim.reset();
    graph.reset();
    state.ResumeTiming();
  }
}
BENCHMARK(BM_CheckpointRestore)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

// The part of a restore that a fresh run pays too.
void BM_SeasonGraphBuild(benchmark::State& state) {
  Stopped& s = stopped();
  for (auto _ : state) {
    auto sim = std::make_unique<Simulation>(season_run_options(s.scenario, 0, 2, 0));
    auto graph = std::make_unique<SeasonGraph>(build_season(s.scenario, 0, *sim));
    benchmark::DoNotOptimize(graph->layout.athletes);
    state.PauseTiming();
    sim.reset();
    graph.reset();
    state.ResumeTiming();
  }
}
BENCHMARK(BM_SeasonGraphBuild)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

}  // namespace
}  // namespace preseason

BENCHMARK_MAIN();
