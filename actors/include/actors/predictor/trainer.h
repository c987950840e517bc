// Trains an LSTM predictor with Adam on shuffled mini-batches, keeping the parameters of
// the epoch with the lowest validation loss and stopping after `patience` epochs without
// improvement. Deterministic: the same data, config and seed give bit-identical weights.
#pragma once

#include <functional>
#include <vector>

#include "actors/predictor/labelled_sequence.h"
#include "actors/predictor/lstm.h"
#include "actors/predictor/train_config.h"
#include "actors/predictor/validation_scores.h"

namespace preseason {

struct TrainResult {
  Lstm model;
  double pos_weight = 1;  // as used, after resolving TrainConfig::pos_weight = 0
  int epochs = 0;         // epochs run
  int best_epoch = 0;     // 1-based epoch whose parameters were kept
  ValidationScores validation;
  std::vector<double> training_loss;    // per epoch, mean over batches
  std::vector<double> validation_loss;  // per epoch
};

struct EpochReport {
  int epoch = 0;  // 1-based
  double training_loss = 0;
  ValidationScores validation;
};

// Called after each epoch, e.g. to draw progress; it must not throw.
using EpochCallback = std::function<void(const EpochReport&)>;

// Throws std::invalid_argument on empty or inconsistent data or a bad config.
TrainResult train(const std::vector<LabelledSequence>& training, const std::vector<LabelledSequence>& validation,
                  const TrainConfig& config, const EpochCallback& on_epoch = {});

}  // namespace preseason
