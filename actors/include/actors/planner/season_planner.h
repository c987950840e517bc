// Builds the team's season calendar: a pre-season block of progressive load with
// friendlies, then in-season microcycles around one or two matches a week, travel
// for away matches. Deterministic given the Rng.
#pragma once

#include <vector>

#include "actors/planner/planned_day.h"
#include "actors/planner/season_plan_params.h"

namespace preseason {

// One PlannedDay per day from season_start to season_end inclusive. Throws
// std::invalid_argument when the dates or the match rhythm are inconsistent.
std::vector<PlannedDay> plan_season(const SeasonPlanParams& p, Rng& rng);

}  // namespace preseason
