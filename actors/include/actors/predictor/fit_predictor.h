// A whole training run on athlete histories: split them without leaks, fit the feature
// normalisation and the logistic baseline on the fitting days only, train the LSTM with
// early stopping on the validation days, and record how the model was made.
#pragma once

#include <vector>

#include "actors/predictor/data_split.h"
#include "actors/predictor/predictor_model.h"
#include "actors/predictor/trainer.h"

namespace preseason {

struct FitOptions {
  SplitConfig split;
  TrainConfig train;
  int chunk_days = 56;    // 0 = whole sequences
  int context_days = 28;  // the chronic load window: the features already summarise older days
  double baseline_l2 = 1;
  bool injury_history = false;  // also feed the LSTM injury_history_inputs.h's rows
};

struct FitResult {
  PredictorModel model;
  DataSplit split;
};

// Throws std::invalid_argument when the data cannot be split or has no positive fitting day.
FitResult fit_predictor(const std::vector<AthleteHistory>& histories, const FitOptions& options,
                        const EpochCallback& on_epoch = {});

}  // namespace preseason
