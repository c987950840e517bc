// The team calendar a scenario's planner actor builds for replicate 0, as plain data:
// live mode plans each day from it, as the simulated squad would have been planned.
#pragma once

#include <vector>

#include "actors/planner/planned_day.h"
#include "scenarios/scenario.h"

namespace preseason {

std::vector<PlannedDay> team_calendar(const Scenario& scenario);

}  // namespace preseason
