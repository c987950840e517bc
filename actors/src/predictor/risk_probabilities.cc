#include "actors/predictor/risk_probabilities.h"

#include <cmath>
#include <stdexcept>

#include "actors/predictor/lstm.h"
#include "actors/predictor/part_sequences.h"
#include "actors/predictor/weighted_bce.h"

namespace preseason {

namespace {

Eigen::VectorXd corrected(const PredictorModel& model, const Eigen::MatrixXd& inputs) {
  const Eigen::VectorXd logits = Lstm(model.params).logits(inputs);
  const double shift = std::log(model.pos_weight);
  return logits.unaryExpr([shift](double z) { return sigmoid(z - shift); });
}

}  // namespace

Eigen::VectorXd risk_probabilities(const PredictorModel& model, const std::vector<FeatureRecord>& records) {
  if (model.injury_history) throw std::invalid_argument("the model also needs the athletes' injury history");
  return corrected(model, model.encoder.encode(records));
}

Eigen::VectorXd risk_probabilities(const PredictorModel& model, const AthleteHistory& history, std::size_t days) {
  return corrected(model, history_inputs(history, days, model.encoder, model.injury_history));
}

}  // namespace preseason
