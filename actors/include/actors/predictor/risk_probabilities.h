// The LSTM's probability for every day of one athlete, run from the athlete's first day
// as a live squad would run it. Training weights positive days by w, which multiplies
// the fitted odds by about w; dividing that back out (King & Zeng 2001's prior
// correction) puts probabilities on the data's scale, as Brier score and calibration
// need. The ranking of days, hence ROC-AUC and PR-AUC, is unchanged.
#pragma once

#include <Eigen/Core>
#include <vector>

#include "actors/features/feature_record.h"
#include "actors/predictor/athlete_history.h"
#include "actors/predictor/predictor_model.h"

namespace preseason {

// For a model without injury-history inputs.
Eigen::VectorXd risk_probabilities(const PredictorModel& model, const std::vector<FeatureRecord>& records);
// The athlete's first `days` days, with its injury history when the model reads it.
Eigen::VectorXd risk_probabilities(const PredictorModel& model, const AthleteHistory& history, std::size_t days);

}  // namespace preseason
