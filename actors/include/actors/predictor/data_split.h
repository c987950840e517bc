// Splits athlete histories without leaks: whole athletes (by id, across recordings) are
// held out for testing, chosen by a seeded hash, so no test athlete is ever fitted on;
// the other athletes' days are cut per recording at a date, early days for fitting (their
// labels censored at the cut) and later days for early-stopping validation.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "actors/predictor/history_part.h"
#include "actors/predictor/split_config.h"

namespace preseason {

struct RecordingCut {
  std::string recording;
  Day first_validation_day = 0;
};

struct DataSplit {
  std::vector<HistoryPart> fit;
  std::vector<HistoryPart> validation;
  std::vector<HistoryPart> test;
  std::vector<std::string> training_athletes;  // sorted ids
  std::vector<std::string> held_out_athletes;  // sorted ids
  std::vector<RecordingCut> cuts;
};

// round(fraction x athletes) ids, at least one when fraction > 0 and at most all but one:
// those with the smallest hash of (seed, id). Throws std::invalid_argument for a fraction
// outside [0, 1).
std::set<std::string> held_out_athletes(const std::set<std::string>& ids, double fraction, std::uint64_t seed);

// Throws std::invalid_argument for a validation fraction outside (0, 1) or when fitting
// or validation is left without a labelled day.
DataSplit split_histories(const std::vector<AthleteHistory>& histories, const SplitConfig& config);

}  // namespace preseason
