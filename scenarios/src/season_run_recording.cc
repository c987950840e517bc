#include "scenarios/season_run_recording.h"

namespace preseason {

std::unique_ptr<season::SeasonRecorder> open_season_recording(const std::string& out, const Scenario& scenario,
                                                              std::uint32_t replicate, const SeasonGraph& graph,
                                                              season::RecordScope scope) {
  const RecordingInfo info{"preseason run", "scenario " + scenario.name + " (" + scenario.path + "), seed " +
                                                std::to_string(scenario.seed) + ", replicate " +
                                                std::to_string(replicate) + ", policy " + scenario.policy.name};
  auto recorder =
      std::make_unique<season::SeasonRecorder>(out, info, graph.layout, graph.athletes, scenario.policy.name, scope);
  recorder->set_attribute("seed", std::to_string(scenario.seed));
  recorder->set_attribute("replicate", std::to_string(replicate));
  recorder->set_attribute("policy", scenario.policy.name);
  recorder->set_attribute("scenario", scenario.name);
  recorder->set_attribute("scenario_yaml", scenario.effective_yaml);
  return recorder;
}

void finish_season_recording(season::SeasonRecorder& recorder, const SeasonRunResult& result, bool decisions,
                             unsigned threads) {
  // What `preseason check` compares first.
  recorder.set_attribute("fingerprint", result.stats.fingerprint.hex());
  if (decisions) recorder.set_attribute("decisions_fingerprint", result.decisions.hex());
  recorder.finish(threads);
}

}  // namespace preseason
