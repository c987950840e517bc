#include "actors/predictor/trainer.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <stdexcept>
#include <string>

#include "actors/predictor/adam.h"
#include "actors/predictor/clip_gradients.h"
#include "engine/random.h"

namespace preseason {
namespace {

// Independent streams of the run seed, so that changing e.g. dropout leaves the
// initial weights and batch order unchanged.
enum Stream : std::uint64_t { kInit = 1, kShuffle = 2, kDropout = 3 };

void check(const std::vector<LabelledSequence>& data, const char* what, int inputs) {
  for (const LabelledSequence& s : data) {
    if (s.inputs.rows() != inputs || s.labels.size() != s.days()) {
      throw std::invalid_argument(std::string(what) + " sequences must have " + std::to_string(inputs) +
                                  " inputs and one label per day");
    }
  }
}

double resolve_pos_weight(const std::vector<LabelledSequence>& training, double configured) {
  if (configured > 0) return configured;
  double positives = 0;
  double negatives = 0;
  for (const LabelledSequence& s : training) {
    for (Eigen::Index d = 0; d < s.days(); ++d) {
      if (std::isnan(s.labels(d))) continue;
      (s.labels(d) > 0.5 ? positives : negatives) += 1;
    }
  }
  if (positives == 0) throw std::invalid_argument("training data has no positive day");
  return std::max(1.0, negatives / positives);
}

}  // namespace

TrainResult train(const std::vector<LabelledSequence>& training, const std::vector<LabelledSequence>& validation,
                  const TrainConfig& config, const EpochCallback& on_epoch) {
  if (training.empty() || validation.empty()) throw std::invalid_argument("training and validation data must not be empty");
  if (config.hidden < 1 || config.layers < 1 || config.batch_size < 1 || config.max_epochs < 1) {
    throw std::invalid_argument("hidden, layers, batch_size and max_epochs must be positive");
  }
  if (config.dropout < 0 || config.dropout >= 1) throw std::invalid_argument("dropout must be in [0, 1)");
  const int inputs = static_cast<int>(training.front().inputs.rows());
  check(training, "training", inputs);
  check(validation, "validation", inputs);

  const LstmShape shape{inputs, config.hidden, config.layers};
  Rng init(config.seed, 0, kInit);
  Rng shuffle(config.seed, 0, kShuffle);
  Rng dropout(config.seed, 0, kDropout);
  Lstm model(LstmParams::random(shape, init));
  Adam adam(shape, {config.learning_rate, config.beta1, config.beta2, config.epsilon, config.weight_decay});

  TrainResult result{model, 1, 0, 0, {}, {}, {}};
  result.pos_weight = resolve_pos_weight(training, config.pos_weight);
  double best = std::numeric_limits<double>::infinity();
  std::vector<std::size_t> order(training.size());
  std::iota(order.begin(), order.end(), 0);
  for (int epoch = 1; epoch <= config.max_epochs; ++epoch) {
    for (std::size_t k = order.size(); k > 1; --k) std::swap(order[k - 1], order[shuffle.below(k)]);
    double epoch_loss = 0;
    int batches = 0;
    for (std::size_t start = 0; start < order.size(); start += config.batch_size) {
      std::vector<LabelledSequence> batch;
      for (std::size_t k = start; k < std::min(order.size(), start + config.batch_size); ++k) {
        batch.push_back(training[order[k]]);
      }
      LossAndGradients lg = model.loss_and_gradients(batch, result.pos_weight, config.dropout, &dropout);
      if (lg.labelled == 0) continue;
      clip_global_norm(lg.gradients, config.clip_norm);
      adam.step(model.params(), lg.gradients);
      epoch_loss += lg.loss;
      ++batches;
    }
    result.training_loss.push_back(batches ? epoch_loss / batches : 0);
    const ValidationScores scores = score_sequences(model, validation, result.pos_weight);
    const double validation_loss = scores.loss;
    result.validation_loss.push_back(validation_loss);
    if (on_epoch) on_epoch({epoch, result.training_loss.back(), scores});
    result.epochs = epoch;
    if (validation_loss < best) {
      best = validation_loss;
      result.best_epoch = epoch;
      result.model = model;
      result.validation = scores;
    } else if (epoch - result.best_epoch >= config.patience) {
      break;
    }
  }
  return result;
}

}  // namespace preseason
