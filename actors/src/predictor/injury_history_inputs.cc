#include "actors/predictor/injury_history_inputs.h"

#include <algorithm>

namespace preseason {

Eigen::MatrixXd injury_history_inputs(const std::vector<Day>& injuries, const std::vector<FeatureRecord>& records) {
  Eigen::MatrixXd x = Eigen::MatrixXd::Zero(kInjuryHistoryInputs, static_cast<Eigen::Index>(records.size()));
  for (std::size_t d = 0; d < records.size(); ++d) {
    const Day t = records[d].day;
    const auto after = std::upper_bound(injuries.begin(), injuries.end(), t);
    if (after == injuries.begin()) continue;
    const Day since = t - *(after - 1);
    const int row = since <= 7 ? 0 : since <= 14 ? 1 : since <= 28 ? 2 : since <= 60 ? 3 : since <= 90 ? 4 : -1;
    if (row >= 0) x(row, static_cast<Eigen::Index>(d)) = 1;
  }
  return x;
}

}  // namespace preseason
