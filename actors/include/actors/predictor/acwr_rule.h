// The rule baseline: "EWMA ACWR > 1.5", Gabbett's danger zone, as a 0/1 score. A day
// without the ratio scores 0, as a backtest rule never fires on a missing value.
#pragma once

#include "actors/features/feature_record.h"

namespace preseason {

constexpr double kAcwrDangerZone = 1.5;

inline double acwr_rule_score(const FeatureRecord& day) {
  const Feature f = Feature::kAcwrEwma;
  return day.has(f) && day.quality_of(f) != Quality::kMissing && day[f] > kAcwrDangerZone ? 1.0 : 0.0;
}

}  // namespace preseason
