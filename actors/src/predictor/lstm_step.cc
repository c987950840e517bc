#include "lstm_step.h"

#include <cmath>
#include <stdexcept>
#include <string>
#include <vector>

#include "actors/predictor/weighted_bce.h"

namespace preseason {

void check_step_input(const LstmParams& p, const Eigen::VectorXd& input) {
  if (input.size() != p.shape.inputs) {
    throw std::invalid_argument("LSTM step: expected " + std::to_string(p.shape.inputs) + " inputs, got " +
                                std::to_string(input.size()));
  }
}

double* gate_scratch(int hidden) {
  thread_local std::vector<double> a;
  a.resize(4 * static_cast<std::size_t>(hidden));
  return a.data();
}

void update_cell(const double* a, int hidden, Eigen::VectorXd& h, Eigen::VectorXd& c) {
  for (int k = 0; k < hidden; ++k) {
    const double i = sigmoid(a[k]);
    const double f = sigmoid(a[hidden + k]);
    const double g = std::tanh(a[2 * hidden + k]);
    const double o = sigmoid(a[3 * hidden + k]);
    c(k) = f * c(k) + i * g;
    h(k) = o * std::tanh(c(k));
  }
}

double output_probability(const LstmParams& p, const LstmState& state) {
  return sigmoid(p.out_w.dot(state.h.back()) + p.out_b);
}

}  // namespace preseason
