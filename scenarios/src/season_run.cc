#include "scenarios/season_run.h"

#include <algorithm>
#include <filesystem>
#include <optional>

#include "actors/season/calendar_sink.h"
#include "actors/season/decisions_fingerprint.h"
#include "actors/season/season_recorder.h"
#include "engine/tee_sink.h"
#include "scenarios/season_checkpoint.h"
#include "scenarios/season_graph.h"

namespace preseason {

SeasonRunResult run_season(const Scenario& scenario, const SeasonRunOptions& options) {
  Simulation sim(season_run_options(scenario, options.replicate, options.threads, options.shards));
  const SeasonGraph graph = build_season(scenario, options.replicate, sim);

  std::vector<RecordSink*> sinks;
  season::SeasonTally tally(graph.layout);
  if (options.tally) sinks.push_back(&tally);
  season::DecisionsFingerprint decisions(graph.layout);
  if (options.decisions) sinks.push_back(&decisions);
  std::optional<season::SeasonRecorder> recorder;
  if (!options.out.empty()) {
    const RecordingInfo info{"preseason run",
                             "scenario " + scenario.name + " (" + scenario.path + "), seed " +
                                 std::to_string(scenario.seed) + ", replicate " + std::to_string(options.replicate) +
                                 ", policy " + scenario.policy.name};
    recorder.emplace(options.out, info, graph.layout, graph.athletes, scenario.policy.name, options.record);
    recorder->set_attribute("seed", std::to_string(scenario.seed));
    recorder->set_attribute("replicate", std::to_string(options.replicate));
    recorder->set_attribute("policy", scenario.policy.name);
    recorder->set_attribute("scenario", scenario.name);
    recorder->set_attribute("scenario_yaml", scenario.effective_yaml);
    sinks.push_back(&*recorder);
  }
  std::optional<season::CalendarSink> calendars;
  if (!options.calendar_dir.empty()) {
    std::vector<std::string> ids;
    for (const season::RecordedAthlete& a : graph.athletes) ids.push_back(a.id);
    calendars.emplace(graph.layout, ids);
    sinks.push_back(&*calendars);
  }
  TeeSink tee(sinks);
  if (!sinks.empty()) sim.set_sink(&tee);

  SeasonRunResult result;
  std::vector<Day> days = options.checkpoint_days;
  std::sort(days.begin(), days.end());
  for (Day day : days)
    if (day <= scenario.calendar.season_start || day > scenario.calendar.season_end)
      throw std::invalid_argument("checkpoint date " + format_date(day) + " is not inside the season (" +
                                  format_date(scenario.calendar.season_start + 1) + " .. " +
                                  format_date(scenario.calendar.season_end) + ")");
  for (Day day : days) {
    const RunStats stats = sim.run_until(start_of(day));
    result.checkpoints.push_back(
        write_checkpoint(options.checkpoint_dir, scenario, options.replicate, day, sim, tally, decisions, stats));
  }
  result.stats = sim.run();
  result.totals = tally.totals();
  result.decisions = decisions.fingerprint();
  if (recorder) {
    // What `preseason check` compares first; without decisions there is no decisions fingerprint.
    recorder->set_attribute("fingerprint", result.stats.fingerprint.hex());
    if (options.decisions) recorder->set_attribute("decisions_fingerprint", result.decisions.hex());
    recorder->finish();
  }
  if (calendars) {
    std::filesystem::create_directories(options.calendar_dir);
    calendars->write_files(options.calendar_dir, start_of(scenario.calendar.season_end + 1));
  }
  return result;
}

}  // namespace preseason
