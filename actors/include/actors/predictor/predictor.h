// A trained model ready for inference: the feature encoding and the LSTM built once and
// shared read-only by every athlete of a run; each athlete keeps its own LstmState.
#pragma once

#include "actors/features/feature_record.h"
#include "actors/predictor/injury_history.h"
#include "actors/predictor/lstm_state.h"
#include "actors/predictor/packed_lstm.h"
#include "actors/predictor/predictor_model.h"

namespace preseason {

class Predictor {
 public:
  explicit Predictor(PredictorModel model);

  const PredictorModel& model() const { return model_; }
  LstmState initial_state() const { return lstm_.initial_state(); }
  // Feeds one closed day to the athlete's state; returns the probability of an event
  // within the model's horizon after that day, on the data's scale: the odds the
  // class-weighted training inflated by pos_weight are divided back (as
  // risk_probabilities.h), so thresholds mean what `preseason evaluate` reports.
  // `injuries` are the athlete's reports so far; a model without injury history ignores them.
  double step(const FeatureRecord& day, const InjuryHistory& injuries, LstmState& state) const;
  // For a model without injury history; throws std::logic_error for one with it.
  double step(const FeatureRecord& day, LstmState& state) const;

 private:
  PredictorModel model_;
  PackedLstm lstm_;
};

}  // namespace preseason
