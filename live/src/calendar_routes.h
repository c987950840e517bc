// An athlete's calendar over the API (docs/live-api.md): the calendar actions delivered
// into the store, as the iCalendar file itself, to whoever sees the athlete's decisions.
#pragma once

#include <httplib.h>

#include "decision_routes.h"
#include "live/calendar_files.h"

namespace preseason::live {

void add_calendar_routes(httplib::Server& http, const CalendarFiles& calendars, const AccessControl& access,
                         Authorize authorize);

}  // namespace preseason::live
