// Everything a trained predictor needs and everything that says how it was made: the
// feature encoding, the LSTM weights, the logistic baseline fitted on the same days, the
// hyperparameters and seed, the training data's provenance and the validation scores.
#pragma once

#include <boost/serialization/string.hpp>
#include <boost/serialization/version.hpp>
#include <string>

#include "actors/predictor/feature_encoder.h"
#include "actors/predictor/injury_history_inputs.h"
#include "actors/predictor/load_baseline.h"
#include "actors/predictor/lstm_params.h"
#include "actors/predictor/train_config.h"
#include "actors/predictor/training_provenance.h"
#include "actors/predictor/validation_scores.h"

namespace preseason {

struct PredictorModel {
  FeatureEncoder encoder;
  LstmParams params;
  int horizon_days = 7;  // the label: an injury or NFOR within this many days
  TrainConfig config;    // includes the seed
  double pos_weight = 1;
  std::string training_data;  // what it was trained on, e.g. recording, athletes, date range
  int epochs = 0;
  int best_epoch = 0;
  ValidationScores validation;
  LoadBaseline baseline;  // scored next to the LSTM by `preseason evaluate`
  TrainingProvenance provenance;
  bool injury_history = false;  // the inputs end with injury_history_inputs.h's rows

  int input_width() const { return encoder.width() + (injury_history ? kInjuryHistoryInputs : 0); }

  // Class version 1 (model file version 3) added injury_history; version 0 archives read it as false.
  template <class Ar> void serialize(Ar& ar, unsigned version) {
    ar & encoder & params & horizon_days & config & pos_weight & training_data & epochs & best_epoch & validation &
        baseline & provenance;
    if (version >= 1) ar & injury_history;
  }
};

}  // namespace preseason

BOOST_CLASS_VERSION(preseason::PredictorModel, 1)
