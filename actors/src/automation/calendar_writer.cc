#include "actors/automation/calendar_writer.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <stdexcept>

#include "actors/automation/ical_calendar.h"
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

std::string compact_date(Day d) {
  std::string s = format_date(d);
  s.erase(std::remove(s.begin(), s.end(), '-'), s.end());
  return s;
}

}  // namespace

std::string CalendarWriter::text(Time stamp) const {
  IcalCalendar calendar("-//preseason//season calendar//EN");
  std::map<Day, int> per_day;
  for (const CalendarEntry& e : entries_) {
    const int n = ++per_day[e.day];
    const std::string uid =
        athlete_ + "-" + compact_date(e.day) + (n > 1 ? "-" + std::to_string(n) : "") + "@preseason";
    const Time start = start_of(e.day) + e.time_of_day;
    const Time end = start + static_cast<Time>(e.done.minutes * kMinute);
    calendar.add({uid, start, end, std::nullopt, summary(e), description(e)}, stamp);
  }
  try {
    return calendar.text();
  } catch (const std::runtime_error& e) {
    throw std::runtime_error("calendar of " + athlete_ + ": " + e.what());
  }
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
