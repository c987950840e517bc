// What every pipeline of a run shares read-only, loaded once from the scenario: the
// policy, the vendor mapping, the predictor, the coach model and the automation rules. They must outlive the run's actors,
// and a restored run is given them again, since they are not part of a checkpoint.
#pragma once

#include <memory>

#include "actors/normalizer/vendor_mapping.h"
#include "actors/policy/policy.h"
#include "actors/predictor/predictor.h"
#include "actors/season/pipeline_setup.h"
#include "scenarios/scenario.h"

namespace preseason {

struct RunResources {
  std::unique_ptr<Policy> policy;
  std::unique_ptr<const VendorMapping> mapping;
  std::unique_ptr<const Predictor> predictor;  // null when the scenario names none
  std::unique_ptr<const CoachModel> coach;
  std::unique_ptr<const std::vector<RuleSpec>> rules;

  // Points a pipeline's setup at these resources.
  void attach(season::PipelineSetup& setup) const;
  // Whether the predictor reads injury history, so the pipelines must be sent injury reports.
  bool reads_injuries() const { return predictor && predictor->model().injury_history; }
};

// Throws std::invalid_argument for a bad policy, and InputError naming the file for a
// vendor mapping or model file that cannot be used: both are bad input.
RunResources load_run_resources(const Scenario& scenario);

}  // namespace preseason
