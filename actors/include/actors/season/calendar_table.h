// The table form of planned days, shared by the team calendar of a simulated recording
// and the per-athlete `plan` table of a live store's export: one row per day.
#pragma once

#include <cstddef>

#include "actors/planner/planned_day.h"
#include "data/event_table.h"

namespace preseason::season {

void append_calendar_row(EventTable& table, const PlannedDay& day);

// Row `i` of a table append_calendar_row wrote.
PlannedDay calendar_day(const EventTable& table, std::size_t i);

}  // namespace preseason::season
