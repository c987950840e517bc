// Extra LSTM inputs for an athlete's own injury history, which the daily feature records
// do not carry: a recent injury both keeps an athlete out (no exposure, no new injury) and
// raises the risk for weeks after the return (Hägglund 2006; docs/model.md).
#pragma once

#include <Eigen/Core>
#include <vector>

#include "actors/features/feature_record.h"
#include "actors/predictor/injury_history.h"

namespace preseason {

// One column per record: InjuryHistory's rows, as a run's pipeline computes them day by
// day. `injuries` are the days of the athlete's injury reports.
Eigen::MatrixXd injury_history_inputs(const std::vector<Day>& injuries, const std::vector<FeatureRecord>& records);

}  // namespace preseason
