// A multi-layer LSTM over daily input vectors with a dense sigmoid output per day:
// P(injury or non-functional overreaching within the horizon). Forward passes over
// sequences, a stateful one-day step for inference, and backpropagation through time.
#pragma once

#include <Eigen/Core>
#include <vector>

#include "actors/predictor/labelled_sequence.h"
#include "actors/predictor/lstm_params.h"
#include "actors/predictor/lstm_state.h"

namespace preseason {

class Rng;

struct LossAndGradients {
  double loss = 0;   // mean weighted BCE over the batch's labelled days (0 when none)
  int labelled = 0;  // the number of labelled days
  LstmParams gradients;
  std::vector<Eigen::MatrixXd> input_gradients;  // per sequence, inputs x days
};

class Lstm {
 public:
  explicit Lstm(LstmParams params);

  const LstmParams& params() const { return params_; }
  LstmParams& params() { return params_; }
  const LstmShape& shape() const { return params_.shape; }

  // Zero hidden and cell vectors: the state before an athlete's first day.
  LstmState initial_state() const;
  // Advances the state by one day and returns that day's probability.
  double step(const Eigen::VectorXd& input, LstmState& state) const;

  // The logit of every day of a sequence started from the zero state, without dropout.
  Eigen::VectorXd logits(const Eigen::MatrixXd& inputs) const;
  Eigen::VectorXd probabilities(const Eigen::MatrixXd& inputs) const;

  // The loss of a batch and its gradient with respect to every parameter and input.
  // With dropout > 0, each layer's output feeding the next layer is dropped with that
  // probability (inverted dropout, as nn.LSTM's dropout), the masks drawn from rng.
  LossAndGradients loss_and_gradients(const std::vector<LabelledSequence>& batch, double pos_weight,
                                      double dropout = 0, Rng* rng = nullptr) const;
  // The same loss without dropout or gradients, for validation.
  double loss(const std::vector<LabelledSequence>& batch, double pos_weight) const;

 private:
  LstmParams params_;
};

}  // namespace preseason
