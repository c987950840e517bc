// What a backtest needs of one athlete: its daily feature records and the days of its
// recorded injuries, read from a recording with the same code as `preseason features`.
#pragma once

#include <string>
#include <vector>

#include "actors/features/feature_config.h"
#include "actors/features/feature_record.h"

namespace preseason {

class RecordingReader;

struct BacktestAthlete {
  std::string athlete;
  std::vector<FeatureRecord> records;  // ascending days; empty when the athlete has no input
  std::vector<Day> injuries;           // UTC day of each `injuries` row's `time`
};

// Every athlete of the recording, in the recording's order. Throws h5::Error.
std::vector<BacktestAthlete> backtest_athletes(const RecordingReader& recording, const FeatureConfig& config = {});

}  // namespace preseason
