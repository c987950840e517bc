#include "actors/predictor/risk_probabilities.h"

#include <cmath>

#include "actors/predictor/lstm.h"
#include "actors/predictor/weighted_bce.h"

namespace preseason {

Eigen::VectorXd risk_probabilities(const PredictorModel& model, const std::vector<FeatureRecord>& records) {
  const Eigen::VectorXd logits = Lstm(model.params).logits(model.encoder.encode(records));
  const double shift = std::log(model.pos_weight);
  return logits.unaryExpr([shift](double z) { return sigmoid(z - shift); });
}

}  // namespace preseason
