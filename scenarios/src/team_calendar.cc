#include "scenarios/team_calendar.h"

#include "actors/planner/season_planner.h"
#include "actors/season/season_layout.h"
#include "engine/random.h"

namespace preseason {

std::vector<PlannedDay> team_calendar(const Scenario& scenario) {
  // The planner actor draws from its own stream, seeded like this by the engine.
  Rng rng(scenario.seed, 0, season::SeasonLayout::planner());
  return plan_season(scenario.calendar, rng);
}

}  // namespace preseason
