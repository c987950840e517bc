// One labelled athlete-day as seen by a risk score: higher scores mean riskier.
#pragma once

namespace preseason {

struct ScoredDay {
  double score;
  bool positive;
};

}  // namespace preseason
