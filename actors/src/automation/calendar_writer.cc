#include "actors/automation/calendar_writer.h"

#include <libical/ical.h>

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <map>
#include <memory>
#include <stdexcept>

#include "actors/automation/session_text.h"
#include "data/atomic_file.h"

namespace preseason {

namespace {

std::string summary(const CalendarEntry& e) {
  std::string s = session_title(e.done.is_rest() ? SessionType::kRest : e.done.type);
  if (e.done.type != e.planned.type) s += std::string(" (replaces ") + session_title(e.planned.type) + ")";
  return s;
}

std::string description(const CalendarEntry& e) {
  std::string d = "planned: " + session_text(e.planned) + "\ndone: " + session_text(e.done);
  if (same_session(e.planned, e.done) && e.reason.empty()) return d;
  return d + "\nchanged: " + (e.reason.empty() ? std::string("no reason given") : e.reason);
}

icaltimetype utc(Time t) {
  return icaltime_from_timet_with_zone(static_cast<time_t>(day_of(t) * 86400 + time_of_day(t) / kSecond), 0,
                                       icaltimezone_get_utc_timezone());
}

std::string compact_date(Day d) {
  std::string s = format_date(d);
  s.erase(std::remove(s.begin(), s.end(), '-'), s.end());
  return s;
}

struct ComponentFree {
  void operator()(icalcomponent* c) const { icalcomponent_free(c); }
};

}  // namespace

std::string CalendarWriter::text(Time stamp) const {
  std::unique_ptr<icalcomponent, ComponentFree> calendar(icalcomponent_new_vcalendar());
  icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
  icalcomponent_add_property(calendar.get(), icalproperty_new_prodid("-//preseason//season calendar//EN"));
  icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));

  std::map<Day, int> per_day;
  for (const CalendarEntry& e : entries_) {
    const int n = ++per_day[e.day];
    const std::string uid =
        athlete_ + "-" + compact_date(e.day) + (n > 1 ? "-" + std::to_string(n) : "") + "@preseason";
    const Time start = start_of(e.day) + e.time_of_day;
    const Time end = start + static_cast<Time>(e.done.minutes * kMinute);
    icalcomponent* event = icalcomponent_new_vevent();
    icalcomponent_add_property(event, icalproperty_new_uid(uid.c_str()));
    icalcomponent_add_property(event, icalproperty_new_dtstamp(utc(stamp)));
    icalcomponent_add_property(event, icalproperty_new_dtstart(utc(start)));
    icalcomponent_add_property(event, icalproperty_new_dtend(utc(end)));
    icalcomponent_add_property(event, icalproperty_new_summary(summary(e).c_str()));
    icalcomponent_add_property(event, icalproperty_new_description(description(e).c_str()));
    icalcomponent_add_component(calendar.get(), event);
  }
  char* raw = icalcomponent_as_ical_string_r(calendar.get());
  if (!raw) throw std::runtime_error("calendar of " + athlete_ + ": libical could not write it");
  std::string out(raw);
  std::free(raw);
  return out;
}

void CalendarWriter::write(const std::string& path, Time stamp) const {
  const std::string body = text(stamp);
  AtomicFile file(path);
  {
    std::ofstream out(file.temp_path(), std::ios::binary);
    out << body;
    out.flush();
    if (!out) throw std::runtime_error(path + ": cannot write the calendar");
  }
  file.commit();
}

}  // namespace preseason
