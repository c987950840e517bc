// Predictor model files: a line "preseason-lstm-model <version>", then a Boost.Serialization
// text archive of a PredictorModel. Another version, or features differing from those
// supplied, is refused with a message naming the file and the first mismatching feature.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

#include "actors/predictor/predictor_model.h"

namespace preseason {

// 2 added the logistic baseline and the training provenance; 3 the injury-history inputs.
// Version 2 files are still read (as models without injury history).
constexpr int kModelFileVersion = 3;
constexpr int kOldestModelFileVersion = 2;

struct ModelFileError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Writes under a temporary name and renames, so a reader never sees half a file.
void save_model(const std::string& path, const PredictorModel& model);

PredictorModel load_model(const std::string& path);
// Also requires the model's feature list to equal `features`, name for name and in order.
PredictorModel load_model(const std::string& path, const std::vector<std::string>& features);

}  // namespace preseason
