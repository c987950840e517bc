// Builds the actors of one season replicate into a Simulation: parameters drawn
// per athlete, devices by mix, explicit athletes' overrides applied.
#pragma once

#include <memory>
#include <vector>

#include "actors/season/season_layout.h"
#include "actors/season/season_recorder.h"
#include "engine/simulation.h"
#include "scenarios/run_resources.h"
#include "scenarios/scenario.h"

namespace preseason {

struct SeasonGraph {
  season::SeasonLayout layout;
  std::shared_ptr<const RunResources> shared;  // must outlive the run
  std::vector<season::RecordedAthlete> athletes;
};

// The run options (time span, lookahead, step) a season needs.
RunOptions season_run_options(const Scenario& scenario, std::uint32_t replicate, unsigned threads, unsigned shards);

// Adds every actor of the season to `sim`; throws std::invalid_argument on an
// inconsistent scenario (e.g. an override naming an unknown parameter). The pipelines
// share `resources`, loaded from the scenario when null.
SeasonGraph build_season(const Scenario& scenario, std::uint32_t replicate, Simulation& sim,
                         std::shared_ptr<const RunResources> resources = nullptr);

}  // namespace preseason
