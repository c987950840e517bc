// An LSTM fixed for inference, as a trained model's is: every layer's matrices rearranged into
// blocks of rows stored one after another so that a step reads memory in order, and the first
// layer's inputs whose weights are all finite, which a step leaves out on days they are zero.
// Its steps give the very bits of Lstm::step with the same parameters.
#pragma once

#include <Eigen/Core>
#include <vector>

#include "actors/predictor/lstm_params.h"
#include "actors/predictor/lstm_state.h"

namespace preseason {

class PackedLstm {
 public:
  explicit PackedLstm(LstmParams params);

  const LstmParams& params() const { return params_; }
  LstmState initial_state() const { return LstmState::zeros(params_.layers.size(), params_.shape.hidden); }
  // Advances the state by one day and returns that day's probability, as Lstm::step.
  double step(const Eigen::VectorXd& input, LstmState& state) const;

 private:
  struct Layer {
    std::vector<double> w_ih;
    std::vector<double> w_hh;
  };

  LstmParams params_;  // the biases and the output layer are read from here as they are
  std::vector<Layer> layers_;
  std::vector<bool> finite_input_columns_;
};

}  // namespace preseason
