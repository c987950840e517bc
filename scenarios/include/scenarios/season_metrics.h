// The outcomes a season summary reports, each computed from one replicate's
// totals and normalised per athlete-season where that makes them comparable.
#pragma once

#include <vector>

#include "actors/season/season_tally.h"

namespace preseason {

struct SeasonMetric {
  const char* name;  // also the JSON key
  const char* label;
  double (*of)(const season::SeasonTotals&);
};

const std::vector<SeasonMetric>& season_metrics();

}  // namespace preseason
