// The LSTM predictor's speed (issue "The LSTM predictor"): one inference step of
// Lstm::step and of Predictor::step (encoding a feature record included) for hidden
// 32 and 64, 1 and 2 layers, on 20 features (3 x 20 = 60 inputs); and one training
// epoch of loss_and_gradients + gradient clipping + Adam over 25 athletes x 300 days
// cut into 56-day sequences, batch 8. bench/lstm_vs_torch.py runs the same shapes in
// PyTorch and compares. BM_StepPart splits one layer's step into its two halves, the
// matrix-vector products and the gate nonlinearities, to show which dominates; its products
// are the Eigen expression whose bits the step's own kernel reproduces, as a reference.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "actors/features/feature_id.h"
#include "actors/features/feature_record.h"
#include "actors/predictor/adam.h"
#include "actors/predictor/clip_gradients.h"
#include "actors/predictor/lstm.h"
#include "actors/predictor/predictor.h"
#include "actors/predictor/weighted_bce.h"
#include "engine/random.h"

namespace preseason {
namespace {

constexpr int kFeatures = 20;
constexpr int kInputs = 3 * kFeatures;
// Several distinct days so the step does not run on one cached input forever.
constexpr int kDays = 64;
constexpr int kAthletes = 25;
constexpr int kSeasonDays = 300;
constexpr int kChunkDays = 56;
constexpr int kBatch = 8;

// A day as FeatureEncoder makes it: z-scores, with ~10 % of features missing (value 0,
// indicator 1) and ~5 % imputed.
Eigen::VectorXd encoded_day(Rng& rng) {
  Eigen::VectorXd x = Eigen::VectorXd::Zero(kInputs);
  for (int k = 0; k < kFeatures; ++k) {
    if (rng.bernoulli(0.1)) {
      x(kFeatures + k) = 1;
    } else {
      x(k) = rng.normal();
    }
    if (rng.bernoulli(0.05)) x(2 * kFeatures + k) = 1;
  }
  return x;
}

Lstm random_lstm(int hidden, int layers) {
  Rng rng(1, 0, 1);
  return Lstm(LstmParams::random({kInputs, hidden, layers}, rng));
}

void BM_LstmStep(benchmark::State& state) {
  const Lstm lstm = random_lstm(static_cast<int>(state.range(0)), static_cast<int>(state.range(1)));
  Rng rng(1, 0, 2);
  std::vector<Eigen::VectorXd> days;
  for (int d = 0; d < kDays; ++d) days.push_back(encoded_day(rng));
  LstmState s = lstm.initial_state();
  std::size_t d = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(lstm.step(days[d], s));
    d = (d + 1) % days.size();
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_LstmStep)->ArgNames({"hidden", "layers"})->ArgsProduct({{32, 64}, {1, 2}});

void BM_PredictorStep(benchmark::State& state) {
  PredictorModel model;
  std::vector<std::string> names;
  for (int k = 0; k < kFeatures; ++k) names.emplace_back(feature_name(static_cast<Feature>(k)));
  model.encoder = FeatureEncoder(names, std::vector<double>(kFeatures, 0.5), std::vector<double>(kFeatures, 2.0));
  model.params = random_lstm(static_cast<int>(state.range(0)), static_cast<int>(state.range(1))).params();
  model.pos_weight = 23.4;
  const Predictor predictor(model);

  Rng rng(1, 0, 3);
  std::vector<FeatureRecord> days(kDays);
  for (FeatureRecord& r : days) {
    for (std::size_t k = 0; k < kFeatureCount; ++k) {
      const bool missing = rng.bernoulli(0.1);
      r.values[k] = missing ? std::nan("") : rng.normal();
      r.quality[k] = missing ? Quality::kMissing : rng.bernoulli(0.05) ? Quality::kImputed : Quality::kMeasured;
    }
  }
  LstmState s = predictor.initial_state();
  std::size_t d = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(predictor.step(days[d], s));
    d = (d + 1) % days.size();
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_PredictorStep)->ArgNames({"hidden", "layers"})->ArgsProduct({{32, 64}, {1, 2}});

// The two halves of one layer of Lstm::step: the products as the Eigen expression that
// defines their bits (the step computes the same with gate_preactivations.cc), the gates as
// the step writes them.
enum StepPart { kProducts, kGates };

void BM_StepPart(benchmark::State& state, StepPart part) {
  const int hidden = static_cast<int>(state.range(0));
  const Lstm lstm = random_lstm(hidden, 1);
  const LstmLayerParams& w = lstm.params().layers[0];
  Rng rng(1, 0, 2);
  const Eigen::VectorXd x = encoded_day(rng);
  Eigen::VectorXd h = Eigen::VectorXd::Constant(hidden, 0.1);
  Eigen::VectorXd c = Eigen::VectorXd::Constant(hidden, 0.1);
  const Eigen::VectorXd a = w.w_ih * x + w.b_ih + w.w_hh * h + w.b_hh;
  for (auto _ : state) {
    if (part == kProducts) {
      Eigen::VectorXd p = w.w_ih * x + w.b_ih + w.w_hh * h + w.b_hh;
      benchmark::DoNotOptimize(p.data());
    } else {
      for (int k = 0; k < hidden; ++k) {
        const double i = sigmoid(a(k));
        const double f = sigmoid(a(hidden + k));
        const double g = std::tanh(a(2 * hidden + k));
        const double o = sigmoid(a(3 * hidden + k));
        c(k) = f * c(k) + i * g;
        h(k) = o * std::tanh(c(k));
      }
      benchmark::DoNotOptimize(h.data());
      benchmark::ClobberMemory();
    }
  }
}
BENCHMARK_CAPTURE(BM_StepPart, products, kProducts)->ArgName("hidden")->Arg(32)->Arg(64);
BENCHMARK_CAPTURE(BM_StepPart, gates, kGates)->ArgName("hidden")->Arg(32)->Arg(64);

// Every day labelled, 4 % positive (the simulated seasons' rate), so that PyTorch's plain
// mean loss over the batch is the same objective.
std::vector<LabelledSequence> training_chunks() {
  Rng rng(1, 0, 4);
  std::vector<LabelledSequence> chunks;
  for (int a = 0; a < kAthletes; ++a) {
    for (int start = 0; start + kChunkDays <= kSeasonDays; start += kChunkDays) {
      LabelledSequence s;
      s.inputs.resize(kInputs, kChunkDays);
      s.labels.resize(kChunkDays);
      for (int d = 0; d < kChunkDays; ++d) {
        s.inputs.col(d) = encoded_day(rng);
        s.labels(d) = rng.bernoulli(0.04) ? 1.0 : 0.0;
      }
      chunks.push_back(std::move(s));
    }
  }
  return chunks;
}

void BM_TrainEpoch(benchmark::State& state) {
  const int hidden = static_cast<int>(state.range(0));
  const int layers = static_cast<int>(state.range(1));
  const std::vector<LabelledSequence> chunks = training_chunks();
  std::vector<std::vector<LabelledSequence>> batches;
  for (std::size_t start = 0; start < chunks.size(); start += kBatch) {
    const std::size_t end = std::min(chunks.size(), start + kBatch);
    batches.emplace_back(chunks.begin() + static_cast<std::ptrdiff_t>(start),
                         chunks.begin() + static_cast<std::ptrdiff_t>(end));
  }
  Lstm lstm = random_lstm(hidden, layers);
  Adam adam(lstm.shape(), {0.01, 0.9, 0.999, 1e-8, 0});
  for (auto _ : state) {
    for (const std::vector<LabelledSequence>& batch : batches) {
      LossAndGradients lg = lstm.loss_and_gradients(batch, 23.4);
      clip_global_norm(lg.gradients, 1.0);
      adam.step(lstm.params(), lg.gradients);
    }
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(chunks.size()) * kChunkDays);
  state.counters["sequences"] = static_cast<double>(chunks.size());
}
BENCHMARK(BM_TrainEpoch)
    ->ArgNames({"hidden", "layers"})
    ->Args({16, 1})
    ->Args({32, 1})
    ->Args({64, 1})
    ->Args({32, 2})
    ->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace preseason

BENCHMARK_MAIN();
