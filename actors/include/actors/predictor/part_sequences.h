// History parts as the trainer's labelled sequences. Fitting sequences may be cut into
// chunks of `chunk` labelled days, each preceded by `context` unlabelled days that warm up
// the state: backpropagation through a 60-day chunk costs far less than through a season,
// and shuffled chunks give more updates per epoch.
#pragma once

#include <vector>

#include "actors/predictor/feature_encoder.h"
#include "actors/predictor/history_part.h"
#include "actors/predictor/labelled_sequence.h"

namespace preseason {

// chunk <= 0: one sequence per part, from the athlete's first day to the part's end.
// injury_history appends injury_history_inputs.h's rows to the encoded features.
std::vector<LabelledSequence> part_sequences(const std::vector<AthleteHistory>& histories,
                                             const std::vector<HistoryPart>& parts, const FeatureEncoder& encoder,
                                             bool injury_history, int horizon, int chunk = 0, int context = 0);

// The inputs of the athlete's first `days` days, as the model was trained on them.
Eigen::MatrixXd history_inputs(const AthleteHistory& history, std::size_t days, const FeatureEncoder& encoder,
                               bool injury_history);

}  // namespace preseason
