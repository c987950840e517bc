#include "calendar_routes.h"

#include "decision_visibility.h"
#include "http_reply.h"

namespace preseason::live {

void add_calendar_routes(httplib::Server& http, const CalendarFiles& calendars, const AccessControl& access,
                         Authorize authorize) {
  http.Get(R"(/v1/athletes/([A-Za-z0-9_.\-]{1,64})/calendar\.ics)",
           [&calendars, &access, authorize](const httplib::Request& req, httplib::Response& res) {
             const Principal* who = authorize(req, res, Scope::kReadAthletes);
             if (!who) return;
             const std::string athlete = req.matches[1];
             if (!sees_decisions(*who, athlete, access))
               return refuse(res, 404, "no calendar of athlete '" + athlete + "'");
             try {
               res.status = 200;
               res.set_content(calendars.text(athlete), "text/calendar; charset=utf-8");
             } catch (const std::runtime_error& e) {
               refuse(res, 500, e.what());
             }
           });
}

}  // namespace preseason::live
