// One athlete's sessions as an iCalendar file (RFC 5545, libical): one VEVENT per session
// with UTC start and end, the session type as SUMMARY, planned vs done and the reason of
// any change as DESCRIPTION, and a UID stable across runs ("a07-20250814@preseason").
#pragma once

#include <string>
#include <vector>

#include <boost/serialization/string.hpp>
#include <boost/serialization/vector.hpp>

#include "actors/athlete/session.h"
#include "data/time.h"

namespace preseason {

struct CalendarEntry {
  Day day = 0;
  Time time_of_day = 10 * kHour;  // start, UTC
  Session planned;
  Session done;        // what was (or will be) done; equal to planned when nothing changed
  std::string reason;  // why done differs from planned; empty when it does not

  template <class Ar> void serialize(Ar& ar, unsigned) { ar & day & time_of_day & planned & done & reason; }
};

class CalendarWriter {
 public:
  explicit CalendarWriter(std::string athlete = "") : athlete_(std::move(athlete)) {}

  const std::string& athlete() const { return athlete_; }
  const std::vector<CalendarEntry>& entries() const { return entries_; }
  // A second entry on the same day gets the UID "<athlete>-<yyyymmdd>-2@preseason".
  void add(CalendarEntry entry) { entries_.push_back(std::move(entry)); }

  // The VCALENDAR text; `stamp` is every event's DTSTAMP, passed in so a run's output does
  // not depend on the wall clock.
  std::string text(Time stamp) const;
  // Writes text(stamp) to `path` atomically; throws std::runtime_error naming the path.
  void write(const std::string& path, Time stamp) const;

  template <class Ar> void serialize(Ar& ar, unsigned) { ar & athlete_ & entries_; }

 private:
  std::string athlete_;
  std::vector<CalendarEntry> entries_;
};

}  // namespace preseason
