#include "scenarios/run_resources.h"

#include "actors/features/input_error.h"
#include "actors/predictor/model_file.h"
#include "scenarios/scenario_file_path.h"

namespace preseason {

void RunResources::attach(season::PipelineSetup& setup) const {
  setup.policy = policy.get();
  setup.mapping = mapping.get();
  setup.predictor = predictor.get();
  setup.coach = coach.get();
  setup.rules = rules.get();
}

namespace {

// A model file the scenario names is bad input, as a bad vendor mapping is.
[[noreturn]] void bad_model(const std::string& path, std::string problem) {
  if (problem.rfind(path + ": ", 0) == 0) problem.erase(0, path.size() + 2);
  throw InputError(path, 0, problem);
}

}  // namespace

RunResources load_run_resources(const Scenario& scenario) {
  RunResources r;
  r.policy = make_policy(scenario.policy);
  r.mapping = std::make_unique<const VendorMapping>(VendorMapping::load(scenario_file_path(scenario, scenario.mapping)));
  if (!scenario.predictor.empty()) {
    const std::string path = scenario_file_path(scenario, scenario.predictor);
    try {
      r.predictor = std::make_unique<const Predictor>(load_model(path));
    } catch (const ModelFileError& e) {
      bad_model(path, e.what());
    } catch (const std::invalid_argument& e) {
      bad_model(path, e.what());
    }
  }
  r.coach = std::make_unique<const CoachModel>(scenario.coach);
  r.rules = std::make_unique<const std::vector<RuleSpec>>(scenario.rules);
  return r;
}

}  // namespace preseason
