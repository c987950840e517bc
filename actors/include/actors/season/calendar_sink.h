// Collects each athlete's decided days from a run's calendar records and writes one
// iCalendar file per athlete (<dir>/<athlete>.ics): the calendar workflow's output in
// simulate and replay. Rest days that stayed rest are left out.
#pragma once

#include <string>
#include <vector>

#include "actors/automation/calendar_writer.h"
#include "actors/season/season_layout.h"
#include "engine/record.h"

namespace preseason::season {

class CalendarSink final : public RecordSink {
 public:
  // `athletes` are the pseudonymous ids, in layout order.
  CalendarSink(SeasonLayout layout, const std::vector<std::string>& athletes);
  bool wants(EventKind kind) const override;
  void write(const std::vector<Record>& records) override;

  // Writes every athlete's file, each atomically; `stamp` is their DTSTAMP. Throws
  // std::runtime_error naming a file that cannot be written.
  void write_files(const std::string& dir, Time stamp) const;

 private:
  SeasonLayout layout_;
  std::vector<CalendarWriter> calendars_;
};

}  // namespace preseason::season
