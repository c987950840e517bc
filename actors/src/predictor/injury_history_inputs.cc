#include "actors/predictor/injury_history_inputs.h"

namespace preseason {

Eigen::MatrixXd injury_history_inputs(const std::vector<Day>& injuries, const std::vector<FeatureRecord>& records) {
  InjuryHistory history;
  for (Day day : injuries) history.report(day);
  Eigen::MatrixXd x(kInjuryHistoryInputs, static_cast<Eigen::Index>(records.size()));
  for (std::size_t d = 0; d < records.size(); ++d) history.encode(records[d].day, x.col(static_cast<Eigen::Index>(d)));
  return x;
}

}  // namespace preseason
