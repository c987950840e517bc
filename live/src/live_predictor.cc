#include "live/live_predictor.h"

#include <stdexcept>

#include "actors/predictor/model_file.h"
#include "scenarios/scenario_file_path.h"

namespace preseason::live {

void check_live_predictor(const Scenario& scenario) {
  if (scenario.predictor.empty()) return;
  const std::string path = scenario_file_path(scenario, scenario.predictor);
  if (load_model(path).injury_history)
    throw std::invalid_argument(path +
                                ": the model reads each athlete's injury history, and live mode receives no injury "
                                "reports (it ingests device readings and calendars only); train one without "
                                "--injury-history to use it live");
}

}  // namespace preseason::live
