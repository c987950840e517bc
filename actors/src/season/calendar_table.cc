#include "actors/season/calendar_table.h"

#include "actors/athlete/session.h"

namespace preseason::season {

void append_calendar_row(EventTable& t, const PlannedDay& d) {
  t.column<std::int64_t>("time").push_back(start_of(d.day));
  t.column<std::string>("date").push_back(format_date(d.day));
  t.column<std::string>("session").push_back(md_label(d.session.type));
  t.column<std::int64_t>("type").push_back(static_cast<std::int64_t>(d.session.type));
  t.column<double>("minutes").push_back(d.session.minutes);
  t.column<double>("rpe").push_back(d.session.rpe);
  t.column<double>("intensity").push_back(d.session.intensity);
  t.column<std::int64_t>("preseason").push_back(d.preseason);
  t.column<std::int64_t>("away").push_back(d.away);
  t.column<double>("tz_shift_h").push_back(d.tz_shift_h);
  t.column<std::int64_t>("days_to_match").push_back(d.days_to_match);
  t.column<std::int64_t>("days_since_match").push_back(d.days_since_match);
}

PlannedDay calendar_day(const EventTable& t, std::size_t i) {
  PlannedDay d;
  d.day = day_of((*t.find<std::int64_t>("time"))[i]);
  d.session.type = static_cast<SessionType>((*t.find<std::int64_t>("type"))[i]);
  d.session.minutes = (*t.find<double>("minutes"))[i];
  d.session.rpe = (*t.find<double>("rpe"))[i];
  d.session.intensity = (*t.find<double>("intensity"))[i];
  d.preseason = (*t.find<std::int64_t>("preseason"))[i] != 0;
  d.away = (*t.find<std::int64_t>("away"))[i] != 0;
  d.tz_shift_h = (*t.find<double>("tz_shift_h"))[i];
  d.days_to_match = static_cast<int>((*t.find<std::int64_t>("days_to_match"))[i]);
  d.days_since_match = static_cast<int>((*t.find<std::int64_t>("days_since_match"))[i]);
  return d;
}

}  // namespace preseason::season
