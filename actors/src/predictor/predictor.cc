#include "actors/predictor/predictor.h"

#include <stdexcept>
#include <string>

namespace preseason {

namespace {

const PredictorModel& checked(const PredictorModel& model) {
  if (model.input_width() != model.params.shape.inputs)
    throw std::invalid_argument("the model's encoding gives " + std::to_string(model.input_width()) +
                                " inputs but its LSTM takes " + std::to_string(model.params.shape.inputs));
  return model;
}

}  // namespace

Predictor::Predictor(PredictorModel model) : model_(std::move(model)), lstm_(checked(model_).params) {}

double Predictor::step(const FeatureRecord& day, LstmState& state) const {
  if (model_.injury_history) throw std::logic_error("the model reads each athlete's injury history: pass it to step");
  return step(day, InjuryHistory{}, state);
}

double Predictor::step(const FeatureRecord& day, const InjuryHistory& injuries, LstmState& state) const {
  // One vector per thread for the encoded day: the predictor is shared by athletes stepping in parallel.
  thread_local Eigen::VectorXd input;
  input.resize(model_.input_width());
  model_.encoder.encode(day, input.head(model_.encoder.width()));
  if (model_.injury_history) injuries.encode(day.day, input.tail(kInjuryHistoryInputs));
  const double p = lstm_.step(input, state);
  return p / (p + model_.pos_weight * (1 - p));
}

}  // namespace preseason
