// What a policy may look at when it adjusts today's session: the athlete's
// features up to yesterday (all loads known) and this morning's availability.
#pragma once

#include <limits>

#include "actors/athlete/session.h"
#include "actors/features/feature_record.h"

namespace preseason {

struct PolicyInput {
  // Features of the last complete day; null before the first day closes.
  const FeatureRecord* yesterday = nullptr;
  Session planned;
  // The predictor's probability of an injury or non-functional overreaching within
  // its horizon, from the features up to yesterday; NaN when the run has no predictor.
  double risk = std::numeric_limits<double>::quiet_NaN();
};

}  // namespace preseason
