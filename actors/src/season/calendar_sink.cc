#include "actors/season/calendar_sink.h"

#include <filesystem>

#include "actors/season/calendar_record.h"
#include "actors/season/season_kinds.h"

namespace preseason::season {

CalendarSink::CalendarSink(SeasonLayout layout, const std::vector<std::string>& athletes) : layout_(layout) {
  for (const std::string& a : athletes) calendars_.emplace_back(a);
}

bool CalendarSink::wants(EventKind kind) const { return kind == kCalendarRecord; }

void CalendarSink::write(const std::vector<Record>& records) {
  for (const Record& r : records) {
    if (r.kind != kCalendarRecord) continue;
    const auto index = layout_.index_of(r.actor);
    if (!index) continue;
    const auto [planned, done] = decode_calendar_day(*r.payload.batch);
    if (planned.is_rest() && done.is_rest()) continue;
    const Day day = static_cast<Day>(r.payload[0]);
    const Session& shown = done.is_rest() ? planned : done;
    CalendarEntry entry{day, at(day, shown.is_match() ? Phase::kMatch : Phase::kTraining) - start_of(day), planned,
                        done, r.note ? *r.note : std::string()};
    calendars_[*index].add(std::move(entry));
  }
}

void CalendarSink::write_files(const std::string& dir, Time stamp) const {
  for (const CalendarWriter& c : calendars_)
    c.write((std::filesystem::path(dir) / (c.athlete() + ".ics")).string(), stamp);
}

}  // namespace preseason::season
