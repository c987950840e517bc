// A run's calendar output, parsed back with libical: one file per athlete, one event
// per session day, sessions a rule replaced shown as replacements with the rule's reason.
#include <gtest/gtest.h>
#include <libical/ical.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "data/recording_reader.h"
#include "scenario_test_util.h"
#include "scenarios/season_run.h"

namespace preseason {
namespace {

struct Event {
  std::string summary;
  std::string description;
  Time start = 0;
  Time end = 0;
};

std::vector<Event> parse(const std::string& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  icalcomponent* calendar = icalparser_parse_string(text.str().c_str());
  EXPECT_NE(calendar, nullptr) << path;
  std::vector<Event> events;
  if (!calendar) return events;
  for (icalcomponent* e = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); e;
       e = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
    events.push_back({icalcomponent_get_summary(e), icalcomponent_get_description(e),
                      static_cast<Time>(icaltime_as_timet(icalcomponent_get_dtstart(e))) * kSecond,
                      static_cast<Time>(icaltime_as_timet(icalcomponent_get_dtend(e))) * kSecond});
  }
  icalcomponent_free(calendar);
  return events;
}

TEST(SeasonCalendar, EachAthleteGetsAFileWithOneEventPerSessionDay) {
  std::ifstream in(testing::shipped("small.yaml"));
  std::stringstream text;
  text << in.rdbuf()
       << "rules:\n"
          "  - name: fortnightly-recovery\n"
          "    when: \"1\"\n"
          "    cooldown_days: 13\n"
          "    actions:\n"
          "      - {kind: calendar, sessions: 1, replace_with: recovery}\n";
  const Scenario scenario = load_scenario(testing::write_scenario("calendar.yaml", text.str()));
  SeasonRunOptions o;
  o.out = testing::scratch_dir() + "calendar.h5";
  o.calendar_dir = testing::scratch_dir() + "calendars";
  run_season(scenario, o);

  const RecordingReader recording(o.out);
  for (std::uint32_t i = 0; i < scenario.squad_size; ++i) {
    const std::string id = athlete_id(scenario, i);
    const std::vector<Event> events = parse(o.calendar_dir + "/" + id + ".ics");
    const EventTable decisions = recording.read_table(id, "decisions");
    const auto* planned = decisions.find<double>("planned_minutes");
    const auto* minutes = decisions.find<double>("minutes");
    ASSERT_TRUE(planned && minutes);
    std::size_t session_days = 0;
    for (std::size_t k = 0; k < planned->size(); ++k) session_days += (*planned)[k] > 0 || (*minutes)[k] > 0;
    ASSERT_EQ(events.size(), session_days) << id;

    const std::size_t actions = recording.read_table(id, "actions").rows();
    std::size_t replaced = 0;
    for (const Event& e : events) {
      EXPECT_GT(e.end, e.start);
      EXPECT_LE(e.end - e.start, 3 * kHour) << e.summary;
      if (e.summary.find("replaces") == std::string::npos) continue;
      ++replaced;
      EXPECT_NE(e.summary.find("Recovery"), std::string::npos) << e.summary;
      EXPECT_NE(e.description.find("rule 'fortnightly-recovery': 1 held"), std::string::npos) << e.description;
    }
    EXPECT_GT(actions, 0u);
    EXPECT_EQ(replaced, actions) << id << ": every fortnightly action replaces one session";
  }
}

}  // namespace
}  // namespace preseason
