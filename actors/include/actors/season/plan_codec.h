// Planned days as a sample batch, so the planner can send a week in one event
// and every pipeline shares the same immutable batch.
#pragma once

#include <vector>

#include "actors/planner/planned_day.h"
#include "engine/event.h"

namespace preseason::season {

SampleBatch encode_plan(const std::vector<PlannedDay>& days);
// Throws std::invalid_argument when the batch is not a whole number of days.
std::vector<PlannedDay> decode_plan(const SampleBatch& batch);

}  // namespace preseason::season
