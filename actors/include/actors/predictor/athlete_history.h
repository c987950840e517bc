// One athlete of one recording as training and evaluation see it: the daily feature
// records and the days of the events the predictor anticipates, injuries and the onsets
// of non-functional overreaching (the `injuries` and `overreaching` tables).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "actors/features/feature_record.h"

namespace preseason {

class RecordingReader;

struct AthleteHistory {
  std::string recording;               // the path it was read from
  std::string athlete;
  std::vector<FeatureRecord> records;  // ascending days; empty when the athlete has no input
  std::vector<Day> events;             // ascending, one per injury or overreaching onset
  std::vector<Day> injury_days;        // ascending, the injuries alone
  std::size_t injuries = 0;
  std::size_t overreaching = 0;
};

// Every athlete of the recording, in the recording's order. Throws h5::Error.
std::vector<AthleteHistory> athlete_histories(const RecordingReader& recording);

}  // namespace preseason
