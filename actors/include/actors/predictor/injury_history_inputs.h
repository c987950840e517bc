// Extra LSTM inputs for an athlete's own injury history, which the daily feature records
// do not carry: a recent injury both keeps an athlete out (no exposure, no new injury) and
// raises the risk for weeks after the return (Hägglund 2006; docs/model.md).
#pragma once

#include <Eigen/Core>
#include <vector>

#include "actors/features/feature_record.h"

namespace preseason {

// Rows added below the encoded features: the last injury reported on or before the day
// lies 0-7, 8-14, 15-28, 29-60 or 61-90 days back (one-hot; all 0 when there is none in
// 90 days). Days out are median 8, mean 15, so the early windows mostly mean "still out".
constexpr int kInjuryHistoryInputs = 5;

// One column per record. `injuries` are the days of the athlete's injury reports, ascending.
Eigen::MatrixXd injury_history_inputs(const std::vector<Day>& injuries, const std::vector<FeatureRecord>& records);

}  // namespace preseason
