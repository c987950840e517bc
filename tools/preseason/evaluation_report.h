// How `train` (on held-out athletes) and `evaluate` (on new recordings) show a model
// against its baselines: a text table with 95 % intervals and calibration, and JSON.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "actors/predictor/model_evaluation.h"

namespace preseason::cli {

struct BootstrapSettings {
  int replicates = 1000;
  std::uint64_t seed = 1;
};

void print_evaluation(const ModelEvaluation& e, const BootstrapSettings& b);
nlohmann::json evaluation_json(const ModelEvaluation& e, const BootstrapSettings& b);
// Writes atomically; throws std::runtime_error when the file cannot be written.
void write_json_file(const std::string& path, const nlohmann::json& j);

}  // namespace preseason::cli
