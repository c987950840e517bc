// Reads the recordings given to `train` or `evaluate`: every athlete's history, and what
// identifies each recording (creator, scenario and the SHA-256 of its effective YAML,
// seed, replicate, policy), for the model's provenance.
#pragma once

#include <string>
#include <vector>

#include "actors/predictor/athlete_history.h"
#include "actors/predictor/training_provenance.h"

namespace preseason::cli {

struct TrainingRecordings {
  std::vector<AthleteHistory> histories;
  std::vector<RecordingSource> sources;
};

// Throws h5::Error naming the file when one is missing, truncated or not a recording.
TrainingRecordings read_recordings(const std::vector<std::string>& paths);

}  // namespace preseason::cli
