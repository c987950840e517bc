#include <gtest/gtest.h>

#include <boost/archive/binary_iarchive.hpp>
#include <boost/archive/binary_oarchive.hpp>
#include <cmath>
#include <set>
#include <sstream>

#include "actors/automation/action_payload.h"

namespace preseason {
namespace {

FiredRule spike() {
  FiredRule f;
  f.rule = "acwr-spike";
  f.when = "acwr_ewma > 1.5 && risk > 0.2";
  f.approval = Approval::kCoach;
  f.day = parse_date("2025-08-14");
  f.held_days = 2;
  f.evidence = {{"acwr_ewma", 1.62}, {"risk", std::nan("")}};
  ActionSpec calendar;
  calendar.kind = ActionKind::kCalendar;
  calendar.sessions = 2;
  calendar.replace_with = SessionType::kRest;
  ActionSpec meal;
  meal.kind = ActionKind::kMeal;
  meal.energy_percent = 10;
  meal.carbohydrate_g_per_kg = 2;
  meal.days = 3;
  f.actions = {calendar, meal};
  return f;
}

TEST(AutomationActionPayload, JsonCarriesWhoWhatWhenWhy) {
  const std::vector<ActionPayload> payloads = action_payloads("a07", spike());
  ASSERT_EQ(payloads.size(), 2u);
  const nlohmann::json j = payloads[0].to_json();
  EXPECT_EQ(j.at("athlete"), "a07");
  EXPECT_EQ(j.at("rule"), "acwr-spike");
  EXPECT_EQ(j.at("day"), "2025-08-14");
  EXPECT_EQ(j.at("action_index"), 0);
  EXPECT_EQ(j.at("kind"), "calendar");
  EXPECT_EQ(j.at("settings"), (nlohmann::json{{"sessions", 2}, {"replace_with", "rest"}}));
  EXPECT_EQ(j.at("approval"), "coach");
  EXPECT_EQ(j.at("reason"), "acwr_ewma > 1.5 && risk > 0.2 held for 2 days (acwr_ewma = 1.62, risk = missing)");
  EXPECT_DOUBLE_EQ(j.at("evidence").at("acwr_ewma").get<double>(), 1.62);
  EXPECT_TRUE(j.at("evidence").at("risk").is_null());
  EXPECT_EQ(j.at("idempotency_key"), payloads[0].idempotency_key);

  const nlohmann::json meal = payloads[1].to_json();
  EXPECT_EQ(meal.at("kind"), "meal");
  EXPECT_EQ(meal.at("settings"),
            (nlohmann::json{{"energy_percent", 10.0}, {"carbohydrate_g_per_kg", 2.0}, {"days", 3}}));
  // The JSON text parses back to the same document.
  EXPECT_EQ(nlohmann::json::parse(meal.dump()), meal);
}

TEST(AutomationActionPayload, IdempotencyKeyDependsOnExactlyAthleteRuleDayAndIndex) {
  const std::string key = idempotency_key("a07", "acwr-spike", 20000, 0);
  EXPECT_EQ(key.size(), 32u);
  EXPECT_EQ(key.find_first_not_of("0123456789abcdef"), std::string::npos);
  // Pinned: a key must not change between builds or runs, or receivers would see repeats as new.
  EXPECT_EQ(key, idempotency_key("a07", "acwr-spike", 20000, 0));
  EXPECT_EQ(key, "406eb00c037852dc5b0eb863c10b43f3");
  const std::set<std::string> keys = {key,
                                      idempotency_key("a08", "acwr-spike", 20000, 0),
                                      idempotency_key("a07", "acwr-spikes", 20000, 0),
                                      idempotency_key("a07", "acwr-spike", 20001, 0),
                                      idempotency_key("a07", "acwr-spike", 20000, 1),
                                      idempotency_key("a0", "7acwr-spike", 20000, 0)};
  EXPECT_EQ(keys.size(), 6u);

  FiredRule other_reason = spike();
  other_reason.evidence = {{"acwr_ewma", 2.0}};
  EXPECT_EQ(action_payloads("a07", spike())[1].idempotency_key, action_payloads("a07", other_reason)[1].idempotency_key);
}

TEST(AutomationActionPayload, SurvivesACheckpoint) {
  const ActionPayload original = action_payloads("a07", spike())[0];
  std::stringstream archive;
  {
    boost::archive::binary_oarchive out(archive);
    out << original;
  }
  ActionPayload restored;
  boost::archive::binary_iarchive in(archive);
  in >> restored;
  EXPECT_EQ(restored.to_json().dump(), original.to_json().dump());
}

}  // namespace
}  // namespace preseason
