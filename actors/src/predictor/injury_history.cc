#include "actors/predictor/injury_history.h"

#include <algorithm>

namespace preseason {

void InjuryHistory::report(Day day) { days_.insert(std::upper_bound(days_.begin(), days_.end(), day), day); }

void InjuryHistory::encode(Day day, Eigen::Ref<Eigen::VectorXd> x) const {
  x.setZero();
  const auto after = std::upper_bound(days_.begin(), days_.end(), day);
  if (after == days_.begin()) return;
  const Day since = day - *(after - 1);
  const int row = since <= 7 ? 0 : since <= 14 ? 1 : since <= 28 ? 2 : since <= 60 ? 3 : since <= 90 ? 4 : -1;
  if (row >= 0) x(row) = 1;
}

}  // namespace preseason
