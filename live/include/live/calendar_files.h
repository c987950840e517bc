// Calendar actions delivered into the store: one iCalendar file per athlete,
// DIR/<athlete>.ics, one VEVENT per action with its idempotency key as UID. A delivery
// reads the file back with libical, puts the event (so delivering it again replaces it)
// and writes the file synced under a temporary name before renaming it into place.
// One thread delivers; any thread may read.
#pragma once

#include <string>

#include "data/time.h"

namespace preseason::live {

class CalendarFiles {
 public:
  // `dir` is created at the first delivery.
  explicit CalendarFiles(std::string dir) : dir_(std::move(dir)) {}

  // Puts the calendar action `action_json` (docs/automation.md) into the athlete's file on
  // `day`, the day it takes effect, with `stamp` as its DTSTAMP. Throws std::runtime_error
  // naming the file when it cannot be read, is not a calendar libical reads, or cannot be
  // written; the file is then left as it was.
  void deliver(const std::string& athlete, Day day, const std::string& action_json, Time stamp) const;

  // The athlete's file as it stands, or an empty calendar when nothing was delivered yet.
  std::string text(const std::string& athlete) const;

  std::string path(const std::string& athlete) const;

 private:
  std::string dir_;
};

}  // namespace preseason::live
