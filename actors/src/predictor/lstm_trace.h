// The forward pass of one sequence with everything backpropagation needs: per layer,
// its input, gate activations, cell and hidden states, and the dropout mask applied to
// its output before the next layer.
#pragma once

#include <Eigen/Core>
#include <vector>

#include "actors/predictor/lstm_params.h"

namespace preseason {

class Rng;

struct LstmLayerTrace {
  Eigen::MatrixXd input;  // layer inputs x days, after the dropout of the layer below
  Eigen::MatrixXd gates;  // 4H x days: i, f, o after the sigmoid, g after tanh
  Eigen::MatrixXd c;      // H x days
  Eigen::MatrixXd h;      // H x days
  Eigen::MatrixXd mask;   // H x days, empty when this layer's output is not dropped
};

struct LstmTrace {
  std::vector<LstmLayerTrace> layers;
  Eigen::VectorXd logits;
};

LstmTrace trace_sequence(const LstmParams& p, const Eigen::MatrixXd& inputs, double dropout, Rng* rng);

}  // namespace preseason
