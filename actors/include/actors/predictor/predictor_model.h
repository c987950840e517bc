// Everything a trained predictor needs and everything that says how it was made: the
// feature encoding, the LSTM weights, the logistic baseline fitted on the same days, the
// hyperparameters and seed, the training data's provenance and the validation scores.
#pragma once

#include <boost/serialization/string.hpp>
#include <string>

#include "actors/predictor/feature_encoder.h"
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

  template <class Ar> void serialize(Ar& ar, unsigned) {
    ar & encoder & params & horizon_days & config & pos_weight & training_data & epochs & best_epoch & validation &
        baseline & provenance;
  }
};

}  // namespace preseason
