#include "live/calendar_files.h"

#include <gtest/gtest.h>
#include <libical/ical.h>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "actors/automation/action_payload.h"
#include "actors/automation/calendar_writer.h"
#include "scratch_dir.h"

namespace preseason::live {
namespace {

namespace fs = std::filesystem;

struct Event {
  std::string uid, start, summary, description;
  bool whole_day = false;
  Time stamp = 0;
};

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// The file as libical reads it back, event by event.
std::vector<Event> events_of(const std::string& text) {
  icalcomponent* calendar = icalparser_parse_string(text.c_str());
  EXPECT_NE(calendar, nullptr) << text;
  std::vector<Event> out;
  if (!calendar) return out;
  EXPECT_EQ(icalcomponent_isa(calendar), ICAL_VCALENDAR_COMPONENT);
  EXPECT_EQ(icalcomponent_count_errors(calendar), 0);
  for (icalcomponent* e = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); e;
       e = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
    const icaltimetype start = icalcomponent_get_dtstart(e);
    char date[16];
    std::snprintf(date, sizeof date, "%04d-%02d-%02d", start.year, start.month, start.day);
    out.push_back({icalcomponent_get_uid(e), date, icalcomponent_get_summary(e), icalcomponent_get_description(e),
                   start.is_date == 1, static_cast<Time>(icaltime_as_timet(icalcomponent_get_dtstamp(e))) * kSecond});
  }
  icalcomponent_free(calendar);
  return out;
}

// Fired on `fired`, so carried out, and delivered, the morning after.
ActionPayload calendar_action(const std::string& rule, const std::string& fired, int sessions) {
  ActionPayload a;
  a.athlete = "a07";
  a.rule = rule;
  a.day = parse_date(fired);
  a.action.kind = ActionKind::kCalendar;
  a.action.sessions = sessions;
  a.action.replace_with = SessionType::kRecovery;
  a.reason = "acwr_ewma > 1.3 held for 1 day (acwr_ewma = 1.41)";
  a.evidence = {{"acwr_ewma", 1.41}};
  a.idempotency_key = idempotency_key(a.athlete, a.rule, a.day, a.action_index);
  return a;
}

class CalendarFilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = testing::scratch_dir() + "calendar-files";
    fs::remove_all(root_);
    dir_ = root_ + "/calendar";
  }
  void TearDown() override { fs::remove_all(root_); }

  void deliver(const ActionPayload& a, const std::string& stamp) const {
    CalendarFiles(dir_).deliver(a.athlete, a.day + 1, a.to_json().dump(), parse_time(stamp));
  }
  std::string file() const { return dir_ + "/a07.ics"; }

  std::string root_, dir_;
};

TEST_F(CalendarFilesTest, EachActionIsOneWholeDayEventOnItsDay) {
  const ActionPayload spike = calendar_action("spike", "2025-08-13", 2);
  const ActionPayload slump = calendar_action("slump", "2025-08-14", 1);
  deliver(spike, "2025-08-14T07:31:00Z");
  deliver(slump, "2025-08-15T07:31:00Z");

  const std::vector<Event> events = events_of(slurp(file()));
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].uid, spike.idempotency_key);
  EXPECT_EQ(events[0].start, "2025-08-14");
  EXPECT_TRUE(events[0].whole_day);
  EXPECT_EQ(events[0].stamp, parse_time("2025-08-14T07:31:00Z"));
  EXPECT_EQ(events[0].summary, "Recovery (replaces the next 2 training sessions)");
  EXPECT_EQ(events[0].description,
            "calendar: next 2 training sessions -> recovery\n"
            "changed: rule 'spike': acwr_ewma > 1.3 held for 1 day (acwr_ewma = 1.41)");
  EXPECT_EQ(events[1].uid, slump.idempotency_key);
  EXPECT_NE(events[1].uid, events[0].uid);
  EXPECT_EQ(events[1].start, "2025-08-15");
  EXPECT_EQ(events[1].summary, "Recovery (replaces the next training session)");
}

TEST_F(CalendarFilesTest, DeliveringTheSameKeyAgainReplacesItsEvent) {
  const ActionPayload spike = calendar_action("spike", "2025-08-13", 2);
  const ActionPayload slump = calendar_action("slump", "2025-08-14", 1);
  deliver(spike, "2025-08-14T07:31:00Z");
  deliver(slump, "2025-08-15T07:31:00Z");
  deliver(spike, "2025-08-16T09:00:00Z");  // e.g. after a crash before the delivery was recorded

  const std::string text = slurp(file());
  const std::vector<Event> events = events_of(text);
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].uid, slump.idempotency_key);
  EXPECT_EQ(events[1].uid, spike.idempotency_key);
  EXPECT_EQ(events[1].stamp, parse_time("2025-08-16T09:00:00Z"));
  std::size_t begins = 0;
  for (std::size_t at = text.find("BEGIN:VEVENT"); at != std::string::npos; at = text.find("BEGIN:VEVENT", at + 1))
    ++begins;
  EXPECT_EQ(begins, 2u);
}

TEST_F(CalendarFilesTest, EventsAlreadyInTheFileAreKept) {
  CalendarWriter season("a07");
  Session strength;
  strength.type = SessionType::kStrength;
  strength.minutes = 70;
  strength.rpe = 7;
  season.add({parse_date("2025-08-13"), 10 * kHour, strength, strength, ""});
  fs::create_directories(dir_);
  season.write(file(), parse_time("2025-08-13T00:00:00Z"));

  const ActionPayload spike = calendar_action("spike", "2025-08-13", 2);
  deliver(spike, "2025-08-14T07:31:00Z");
  const std::vector<Event> events = events_of(slurp(file()));
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].uid, "a07-20250813@preseason");
  EXPECT_EQ(events[0].summary, "Strength");
  EXPECT_FALSE(events[0].whole_day);
  EXPECT_EQ(events[1].uid, spike.idempotency_key);
}

TEST_F(CalendarFilesTest, AFileLibicalCannotReadIsRefusedAndLeftAsItIs) {
  const ActionPayload spike = calendar_action("spike", "2025-08-13", 2);
  deliver(spike, "2025-08-14T07:31:00Z");
  const std::string good = slurp(file());
  const std::string cases[] = {
      good.substr(0, good.size() / 2),                                      // cut short
      "this is not a calendar\n",                                          // not iCalendar at all
      good + good,                                                         // two calendars
      good + "left over\n",                                                // text libical would skip
      "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:soon\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",  // a bad value
      "",
  };
  const ActionPayload slump = calendar_action("slump", "2025-08-14", 1);
  for (const std::string& bad : cases) {
    {
      std::ofstream out(file(), std::ios::binary | std::ios::trunc);
      out << bad;
    }
    try {
      deliver(slump, "2025-08-15T07:31:00Z");
      ADD_FAILURE() << "accepted:\n" << bad;
    } catch (const std::runtime_error& e) {
      EXPECT_NE(std::string(e.what()).find(file()), std::string::npos) << e.what();
    }
    EXPECT_EQ(slurp(file()), bad) << "the file is left as it was";
    EXPECT_EQ(std::distance(fs::directory_iterator(dir_), fs::directory_iterator()), 1) << "no temporary file left";
  }
}

TEST_F(CalendarFilesTest, NothingDeliveredReadsAsAnEmptyCalendar) {
  const CalendarFiles calendars(dir_);
  const std::string text = calendars.text("a07");
  EXPECT_TRUE(events_of(text).empty());
  EXPECT_NE(text.find("BEGIN:VCALENDAR"), std::string::npos);
  EXPECT_FALSE(fs::exists(dir_));

  deliver(calendar_action("spike", "2025-08-13", 2), "2025-08-14T07:31:00Z");
  EXPECT_EQ(calendars.text("a07"), slurp(file()));
}

TEST_F(CalendarFilesTest, AnActionOfAnotherKindIsRefused) {
  ActionPayload physio = calendar_action("spike", "2025-08-13", 2);
  physio.action.kind = ActionKind::kPhysio;
  EXPECT_THROW(deliver(physio, "2025-08-14T07:31:00Z"), std::runtime_error);
  EXPECT_FALSE(fs::exists(file()));
}

}  // namespace
}  // namespace preseason::live
