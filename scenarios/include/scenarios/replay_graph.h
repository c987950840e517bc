// Builds a replay of a recording into a Simulation: the recording source in place of
// athletes and planner, and one pipeline per replayed athlete with the policy. A
// simulated recording carries its scenario, so its pipelines get the same seeds,
// squad roles and policy, and reproduce the run's features and decisions.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "actors/season/recording_feed.h"
#include "actors/season/season_layout.h"
#include "actors/season/season_recorder.h"
#include "data/recording_contents.h"
#include "data/recording_reader.h"
#include "engine/simulation.h"
#include "scenarios/run_resources.h"
#include "scenarios/scenario.h"

namespace preseason {

struct ReplayRequest {
  std::string path;
  std::shared_ptr<const RecordingContents> contents;  // when set, read in place of the file at `path`
  std::optional<Day> from, to;
  std::vector<std::string> athletes;  // empty: all
  std::optional<PolicySpec> policy;   // none: the recorded one
  unsigned threads = 1;
  // The recording's scenario parsed before (by an earlier plan of the same recording), so
  // its text is not parsed again.
  std::optional<Scenario> scenario;
  bool raw_streams = true;  // false: only the inputs travel (season::ReplaySetup::raw_streams)
  // Each pipeline is a group; the source sends each week this far ahead (RunOptions::group_lookahead).
  // 0 sends each week as it starts and steps by the lookahead.
  Time group_lookahead = 7 * kDay;
};

// What a replay will do, read from the recording before anything runs.
struct ReplayPlan {
  std::string path;
  std::shared_ptr<const RecordingContents> contents;
  RunOptions run;
  season::SeasonLayout layout;
  std::vector<std::string> ids;          // replayed athletes
  std::vector<std::uint32_t> indexes;    // their layout indexes
  std::vector<season::RecordedAthlete> all;  // every athlete of the layout, for a recorder
  Scenario scenario;                     // the recorded scenario, or defaults for imports
  Day from = 0, to = 0;
  std::shared_ptr<const season::RecordingFeed> feed;  // the replayed athletes' feed, when reading it gave the extent
  std::shared_ptr<const RecordingReader> reader;  // the recording, opened once for the plan and the run
  bool raw_streams = true;
};

// Throws h5::Error for an unreadable recording, ScenarioError for a bad recorded
// scenario and std::invalid_argument for a bad request (unknown athlete, empty range).
ReplayPlan plan_replay(const ReplayRequest& request);

struct ReplayGraph {
  RunResources shared;  // must outlive the run
};

ReplayGraph build_replay(const ReplayPlan& plan, Simulation& sim);

// The same graph with resources loaded before for plan.scenario; they must outlive the run.
void add_replay(const ReplayPlan& plan, Simulation& sim, const RunResources& shared);

}  // namespace preseason
