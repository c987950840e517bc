#include "scenarios/season_run.h"

#include <algorithm>
#include <filesystem>
#include <memory>
#include <optional>

#include "actors/season/calendar_sink.h"
#include "actors/season/decisions_fingerprint.h"
#include "actors/season/season_recorder.h"
#include "scenarios/season_checkpoint.h"
#include "scenarios/season_graph.h"
#include "scenarios/season_run_recording.h"

namespace preseason {

SeasonRunResult run_season(const Scenario& scenario, const SeasonRunOptions& options) {
  auto sim = std::make_unique<Simulation>(
      season_run_options(scenario, options.replicate, options.threads, options.shards));
  const SeasonGraph graph = build_season(scenario, options.replicate, *sim, options.resources);

  season::SeasonTally tally(graph.layout);
  if (options.tally) sim->add_actor_sink(&tally);
  season::DecisionsFingerprint decisions(graph.layout);
  if (options.decisions) sim->add_actor_sink(&decisions);
  std::unique_ptr<season::SeasonRecorder> recorder;
  if (!options.out.empty()) {
    recorder = open_season_recording(options.out, scenario, options.replicate, graph, options.record);
    sim->add_actor_sink(recorder.get());
  }
  std::optional<season::CalendarSink> calendars;
  if (!options.calendar_dir.empty()) {
    std::vector<std::string> ids;
    for (const season::RecordedAthlete& a : graph.athletes) ids.push_back(a.id);
    calendars.emplace(graph.layout, ids);
    sim->set_sink(&*calendars);
  }

  SeasonRunResult result;
  std::vector<Day> days = options.checkpoint_days;
  std::sort(days.begin(), days.end());
  for (Day day : days)
    if (day <= scenario.calendar.season_start || day > scenario.calendar.season_end)
      throw std::invalid_argument("checkpoint date " + format_date(day) + " is not inside the season (" +
                                  format_date(scenario.calendar.season_start + 1) + " .. " +
                                  format_date(scenario.calendar.season_end) + ")");
  for (Day day : days) {
    const RunStats stats = sim->run_until(start_of(day));
    result.checkpoints.push_back(
        write_checkpoint(options.checkpoint_dir, scenario, options.replicate, day, *sim, tally, decisions, stats,
                         recorder.get()));
  }
  result.stats = sim->run();
  result.totals = tally.totals();
  result.decisions = decisions.fingerprint();
  // Finishing the files needs none of the squad's state, and a large squad's recording
  // needs the memory.
  sim.reset();
  if (recorder) finish_season_recording(*recorder, result, options.decisions, options.threads);
  if (calendars) {
    std::filesystem::create_directories(options.calendar_dir);
    calendars->write_files(options.calendar_dir, start_of(scenario.calendar.season_end + 1));
  }
  return result;
}

}  // namespace preseason
