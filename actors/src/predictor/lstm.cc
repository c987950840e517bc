#include "actors/predictor/lstm.h"

#include <cmath>

#include "actors/predictor/weighted_bce.h"
#include "lstm_step.h"
#include "lstm_trace.h"

namespace preseason {

Lstm::Lstm(LstmParams params) : params_(std::move(params)) {}

LstmState Lstm::initial_state() const { return LstmState::zeros(params_.layers.size(), shape().hidden); }

double Lstm::step(const Eigen::VectorXd& input, LstmState& state) const {
  check_step_input(params_, input);
  return step_layers(
      params_, [&](std::size_t l) { return eigen_layout(params_.layers[l]); }, StepInput{input}, state);
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
