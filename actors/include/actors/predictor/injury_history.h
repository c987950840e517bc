// An athlete's injury reports as the predictor's extra inputs: kept by its pipeline as
// the reports arrive, and built from a recording's `injuries` table for train/evaluate.
#pragma once

#include <Eigen/Core>
#include <boost/serialization/vector.hpp>
#include <vector>

#include "data/time.h"

namespace preseason {

// Rows added below the encoded features: the last injury reported on or before the day
// lies 0-7, 8-14, 15-28, 29-60 or 61-90 days back (one-hot; all 0 when there is none in
// 90 days). Days out are median 8, mean 15, so the early windows mostly mean "still out".
constexpr int kInjuryHistoryInputs = 5;

class InjuryHistory {
 public:
  // Reports may arrive before days already closed are stepped again, or out of order in
  // a replay: each is kept in day order and only counts from its own day on.
  void report(Day day);
  // The kInjuryHistoryInputs rows for `day` into x.
  void encode(Day day, Eigen::Ref<Eigen::VectorXd> x) const;
  const std::vector<Day>& days() const { return days_; }

  template <class Ar> void serialize(Ar& ar, unsigned) { ar & days_; }

 private:
  std::vector<Day> days_;  // ascending
};

}  // namespace preseason
