// Feature computation for a squad season from in-memory inputs: the batch API over
// 1,000 athletes × 365 days, and the incremental one fed one athlete-day at a time.
#include <benchmark/benchmark.h>

#include <cmath>
#include <random>

#include "actors/features/feature_pipeline.h"
#include "actors/features/feature_table.h"

namespace preseason {
namespace {

std::vector<DailyInput> squad_season(int athletes, int days) {
  std::mt19937_64 rng(1);
  std::uniform_real_distribution<double> u(0, 1);
  std::vector<DailyInput> rows;
  rows.reserve(static_cast<std::size_t>(athletes) * days);
  for (int d = 0; d < days; ++d)
    for (int a = 0; a < athletes; ++a) {
      DailyInput in("ath" + std::to_string(a), 19905 + d);
      if (u(rng) < 0.8) in[Input::kLoad] = std::floor(u(rng) * 700);
      if (u(rng) < 0.8) in[Input::kLnRmssd] = 4 + 0.4 * u(rng);
      if (u(rng) < 0.85) in[Input::kSleepH] = 5.5 + 4 * u(rng);
      for (std::size_t k = index(kFirstWellness); k < kInputCount; ++k)
        if (u(rng) < 0.75) in.values[k] = std::floor(1 + 5 * u(rng));
      rows.push_back(std::move(in));
    }
  return rows;
}

void BM_FeaturesBatch(benchmark::State& state) {
  const auto rows = squad_season(static_cast<int>(state.range(0)), 365);
  for (auto _ : state) {
    const FeatureTable t = compute_features(rows);
    benchmark::DoNotOptimize(t.athletes.data());
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(rows.size()));
  state.counters["athlete_days"] = static_cast<double>(rows.size());
}
BENCHMARK(BM_FeaturesBatch)->Arg(1000)->Unit(benchmark::kMillisecond);

void BM_FeaturesIncremental(benchmark::State& state) {
  const auto rows = squad_season(static_cast<int>(state.range(0)), 365);
  for (auto _ : state) {
    FeaturePipeline p;
    for (const auto& r : rows) benchmark::DoNotOptimize(p.update(r));
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(rows.size()));
}
BENCHMARK(BM_FeaturesIncremental)->Arg(1000)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace preseason

BENCHMARK_MAIN();
