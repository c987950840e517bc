#include "actors/predictor/predictor.h"

#include <stdexcept>
#include <string>

namespace preseason {

namespace {

const PredictorModel& checked(const PredictorModel& model) {
  if (model.injury_history)
    throw std::invalid_argument("the model reads each athlete's injury history, which a run does not give the predictor; "
                                "train one without --injury-history to use it in a run");
  if (model.encoder.width() != model.params.shape.inputs)
    throw std::invalid_argument("the model's encoder gives " + std::to_string(model.encoder.width()) +
                                " inputs but its LSTM takes " + std::to_string(model.params.shape.inputs));
  return model;
}

}  // namespace

Predictor::Predictor(PredictorModel model) : model_(std::move(model)), lstm_(checked(model_).params) {}

double Predictor::step(const FeatureRecord& day, LstmState& state) const {
  // One vector per thread for the encoded day: the predictor is shared by athletes stepping in parallel.
  thread_local Eigen::VectorXd input;
  input.resize(model_.encoder.width());
  model_.encoder.encode(day, input);
  const double p = lstm_.step(input, state);
  return p / (p + model_.pos_weight * (1 - p));
}

}  // namespace preseason
