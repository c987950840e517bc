// Batch features over a table of athlete-days: rows may come in any order and may
// repeat an athlete-day (later reported values win). Athletes keep the order of
// their first row; each gets one record per calendar day from its first to last day.
#pragma once

#include <string>
#include <vector>

#include "actors/features/athlete_features.h"

namespace preseason {

struct AthleteSeries {
  std::string athlete;
  std::vector<FeatureRecord> records;
};

struct FeatureTable {
  std::vector<AthleteSeries> athletes;
  FeatureCounts counts;  // summed over athletes; `late` counts rows dated before an earlier row
};

FeatureTable compute_features(const std::vector<DailyInput>& rows, const FeatureConfig& config = {});

}  // namespace preseason
