#include "actors/predictor/lstm.h"

#include <cmath>
#include <stdexcept>

#include "actors/predictor/weighted_bce.h"
#include "lstm_trace.h"

namespace preseason {

Lstm::Lstm(LstmParams params) : params_(std::move(params)) {}

LstmState Lstm::initial_state() const {
  LstmState s;
  s.h.assign(params_.layers.size(), Eigen::VectorXd::Zero(shape().hidden));
  s.c.assign(params_.layers.size(), Eigen::VectorXd::Zero(shape().hidden));
  return s;
}

double Lstm::step(const Eigen::VectorXd& input, LstmState& state) const {
  if (input.size() != shape().inputs) {
    throw std::invalid_argument("LSTM step: expected " + std::to_string(shape().inputs) + " inputs, got " +
                                std::to_string(input.size()));
  }
  const int hidden = shape().hidden;
  Eigen::VectorXd x = input;
  for (std::size_t l = 0; l < params_.layers.size(); ++l) {
    const LstmLayerParams& w = params_.layers[l];
    Eigen::VectorXd a = w.w_ih * x + w.b_ih + w.w_hh * state.h[l] + w.b_hh;
    for (int k = 0; k < hidden; ++k) {
      const double i = sigmoid(a(k));
      const double f = sigmoid(a(hidden + k));
      const double g = std::tanh(a(2 * hidden + k));
      const double o = sigmoid(a(3 * hidden + k));
      state.c[l](k) = f * state.c[l](k) + i * g;
      state.h[l](k) = o * std::tanh(state.c[l](k));
    }
    x = state.h[l];
  }
  return sigmoid(params_.out_w.dot(x) + params_.out_b);
}

Eigen::VectorXd Lstm::logits(const Eigen::MatrixXd& inputs) const {
  return trace_sequence(params_, inputs, 0, nullptr).logits;
}

Eigen::VectorXd Lstm::probabilities(const Eigen::MatrixXd& inputs) const {
  return logits(inputs).unaryExpr([](double z) { return sigmoid(z); });
}

double Lstm::loss(const std::vector<LabelledSequence>& batch, double pos_weight) const {
  double sum = 0;
  int labelled = 0;
  for (const LabelledSequence& s : batch) {
    const Eigen::VectorXd z = logits(s.inputs);
    for (Eigen::Index d = 0; d < s.days(); ++d) {
      if (std::isnan(s.labels(d))) continue;
      sum += weighted_bce(z(d), s.labels(d), pos_weight);
      ++labelled;
    }
  }
  return labelled ? sum / labelled : 0;
}

}  // namespace preseason
