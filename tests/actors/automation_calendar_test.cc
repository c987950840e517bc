#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <libical/ical.h>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "actors/automation/calendar_writer.h"
#include "scratch_dir.h"

namespace preseason {
namespace {

using ::testing::HasSubstr;

Session session(SessionType type, double minutes, double rpe) {
  Session s;
  s.type = type;
  s.minutes = minutes;
  s.rpe = rpe;
  s.intensity = 0.5;
  return s;
}

CalendarWriter two_sessions() {
  CalendarWriter calendar("a07");
  const Session strength = session(SessionType::kStrength, 70, 7);
  calendar.add({parse_date("2025-08-14"), 10 * kHour, strength, strength, ""});
  calendar.add({parse_date("2025-08-15"), 9 * kHour + 30 * kMinute, session(SessionType::kVolume, 85, 6.5),
                session(SessionType::kRecovery, 40, 2), "rule 'acwr-spike': acwr_ewma > 1.5 held for 2 days"});
  return calendar;
}

struct Event {
  std::string uid, summary, description, start, end, stamp;
};

std::string utc_text(icaltimetype t) {
  EXPECT_TRUE(icaltime_is_utc(t));
  return format_time(static_cast<Time>(icaltime_as_timet(t)) * kSecond);
}

std::vector<Event> parse(const std::string& text) {
  icalcomponent* calendar = icalparser_parse_string(text.c_str());
  EXPECT_NE(calendar, nullptr);
  std::vector<Event> events;
  if (!calendar) return events;
  EXPECT_EQ(icalcomponent_isa(calendar), ICAL_VCALENDAR_COMPONENT);
  for (icalcomponent* e = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); e;
       e = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
    events.push_back({icalcomponent_get_uid(e), icalcomponent_get_summary(e), icalcomponent_get_description(e),
                      utc_text(icalcomponent_get_dtstart(e)), utc_text(icalcomponent_get_dtend(e)),
                      utc_text(icalcomponent_get_dtstamp(e))});
  }
  icalcomponent_free(calendar);
  return events;
}

TEST(AutomationCalendar, WrittenFileParsesBackEventByEvent) {
  const std::string path = testing::scratch_dir() + "calendar.ics";
  two_sessions().write(path, parse_time("2025-08-14T07:30:00Z"));
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  std::filesystem::remove(path);

  const std::vector<Event> events = parse(text.str());
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].uid, "a07-20250814@preseason");
  EXPECT_EQ(events[0].start, "2025-08-14T10:00:00Z");
  EXPECT_EQ(events[0].end, "2025-08-14T11:10:00Z");
  EXPECT_EQ(events[0].stamp, "2025-08-14T07:30:00Z");
  EXPECT_EQ(events[0].summary, "Strength");
  EXPECT_EQ(events[0].description,
            "planned: Strength (MD-4), 70 min, RPE 7.0\ndone: Strength (MD-4), 70 min, RPE 7.0");

  EXPECT_EQ(events[1].uid, "a07-20250815@preseason");
  EXPECT_EQ(events[1].start, "2025-08-15T09:30:00Z");
  EXPECT_EQ(events[1].end, "2025-08-15T10:10:00Z");
  EXPECT_EQ(events[1].summary, "Recovery (replaces Volume)");
  EXPECT_EQ(events[1].description,
            "planned: Volume (MD-3), 85 min, RPE 6.5\ndone: Recovery (MD+1), 40 min, RPE 2.0\n"
            "changed: rule 'acwr-spike': acwr_ewma > 1.5 held for 2 days");
}

TEST(AutomationCalendar, SameInputSameBytesAndUniqueUids) {
  CalendarWriter calendar = two_sessions();
  const Time stamp = parse_time("2025-08-16T00:00:00Z");
  EXPECT_EQ(calendar.text(stamp), two_sessions().text(stamp));
  calendar.add({parse_date("2025-08-15"), 17 * kHour, session(SessionType::kCompensatory, 30, 5),
                session(SessionType::kCompensatory, 30, 5), ""});
  const std::vector<Event> events = parse(calendar.text(stamp));
  ASSERT_EQ(events.size(), 3u);
  EXPECT_EQ(events[2].uid, "a07-20250815-2@preseason");
  EXPECT_THAT(calendar.text(stamp), HasSubstr("PRODID:-//preseason//season calendar//EN"));
}

TEST(AutomationCalendar, UnwritablePathFailsWithoutLeavingAFile) {
  EXPECT_THROW(two_sessions().write("/nonexistent-dir/a07.ics", 0), std::runtime_error);
  EXPECT_FALSE(std::filesystem::exists("/nonexistent-dir/a07.ics"));
}

}  // namespace
}  // namespace preseason
