#include "actors/backtest/backtest_athlete.h"

#include <map>

#include "actors/features/feature_table.h"
#include "actors/features/recording_inputs.h"
#include "actors/predictor/recorded_injuries.h"
#include "data/recording_reader.h"

namespace preseason {

namespace {

std::vector<Day> injury_days(const RecordingReader& r, const std::string& athlete) {
  std::vector<Day> days;
  for (Time time : recorded_injury_reports(r, athlete)) days.push_back(day_of(time));
  return days;
}

}  // namespace

std::vector<BacktestAthlete> backtest_athletes(const RecordingReader& recording, const FeatureConfig& config) {
  FeatureTable table = compute_features(recording_inputs(recording), config);
  std::map<std::string, std::vector<FeatureRecord>> records;
  for (AthleteSeries& s : table.athletes) records[s.athlete] = std::move(s.records);
  std::vector<BacktestAthlete> out;
  for (const std::string& a : recording.athletes()) {
    auto it = records.find(a);
    out.push_back({a, it == records.end() ? std::vector<FeatureRecord>{} : std::move(it->second), injury_days(recording, a)});
  }
  return out;
}

}  // namespace preseason
