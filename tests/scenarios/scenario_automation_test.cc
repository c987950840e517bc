// The `rules:` and `coach:` sections: defaults, loading, errors with file:line and the
// canonical text round trip.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "scenario_test_util.h"

namespace preseason {
namespace {

using ::testing::HasSubstr;
using testing::kMinimal;
using testing::load_error;
using testing::write_scenario;

const std::string kAutomation = std::string(kMinimal) +
                                "rules:\n"                                    // line 5
                                "  - name: acwr-spike\n"                      // 6
                                "    when: acwr_ewma > 1.5 && risk > 0.2\n"  // 7
                                "    hold_days: 2\n"
                                "    cooldown_days: 7\n"
                                "    priority: 10\n"
                                "    approval: coach\n"
                                "    actions:\n"
                                "      - kind: calendar\n"
                                "        sessions: 2\n"
                                "        replace_with: rest\n"
                                "      - kind: meal\n"
                                "        carbohydrate_g_per_kg: 2\n"
                                "        days: 3\n"
                                "      - kind: webhook\n"
                                "        url: http://127.0.0.1:8080/hook\n"
                                "  - name: short-sleep\n"
                                "    when: sleep_debt7 > 5\n"
                                "    actions: [{kind: physio, message: 'sleep debt above 5 h'}]\n"
                                "coach:\n"
                                "  acceptance: 0.7\n"
                                "  vetoes: {no_rest_before_match: true}\n"
                                "  override_reason: the plan stands\n";

TEST(ScenarioAutomation, DefaultsAreNoRulesAndAnAcceptingCoach) {
  const Scenario s = parse_scenario(kMinimal, "minimal.yaml");
  EXPECT_TRUE(s.rules.empty());
  EXPECT_DOUBLE_EQ(s.coach.acceptance, 1.0);
  EXPECT_TRUE(s.coach.vetoes.empty());
  EXPECT_THAT(s.effective_yaml, HasSubstr("rules:\n  []\ncoach:"));
  EXPECT_THAT(s.effective_yaml, HasSubstr("no_rest_before_match: false"));
}

TEST(ScenarioAutomation, RulesAndCoachLoad) {
  const Scenario s = parse_scenario(kAutomation, "automation.yaml");
  ASSERT_EQ(s.rules.size(), 2u);
  const RuleSpec& spike = s.rules[0];
  EXPECT_EQ(spike.name, "acwr-spike");
  EXPECT_EQ(spike.when, "acwr_ewma > 1.5 && risk > 0.2");
  EXPECT_EQ(spike.hold_days, 2);
  EXPECT_EQ(spike.cooldown_days, 7);
  EXPECT_EQ(spike.priority, 10);
  EXPECT_EQ(spike.approval, Approval::kCoach);
  ASSERT_EQ(spike.actions.size(), 3u);
  EXPECT_EQ(spike.actions[0].kind, ActionKind::kCalendar);
  EXPECT_EQ(spike.actions[0].sessions, 2);
  EXPECT_EQ(spike.actions[0].replace_with, SessionType::kRest);
  EXPECT_EQ(spike.actions[1].kind, ActionKind::kMeal);
  EXPECT_DOUBLE_EQ(spike.actions[1].energy_percent, 10);
  EXPECT_DOUBLE_EQ(spike.actions[1].carbohydrate_g_per_kg, 2);
  EXPECT_EQ(spike.actions[1].days, 3);
  EXPECT_EQ(spike.actions[2].url, "http://127.0.0.1:8080/hook");
  EXPECT_EQ(s.rules[1].hold_days, 1);
  EXPECT_EQ(s.rules[1].approval, Approval::kNone);
  EXPECT_EQ(s.rules[1].actions[0].message, "sleep debt above 5 h");
  EXPECT_DOUBLE_EQ(s.coach.acceptance, 0.7);
  EXPECT_EQ(s.coach.vetoes, std::vector<Veto>{Veto::kNoRestBeforeMatch});
  EXPECT_EQ(s.coach.override_reason, "the plan stands");
}

TEST(ScenarioAutomation, EffectiveYamlRoundTrips) {
  const Scenario a = parse_scenario(kAutomation, "automation.yaml");
  const Scenario b = load_scenario(write_scenario("automation-effective.yaml", a.effective_yaml));
  EXPECT_EQ(a.effective_yaml, b.effective_yaml);
  EXPECT_EQ(scenario_hash(a), scenario_hash(b));
  ASSERT_EQ(b.rules.size(), 2u);
  EXPECT_EQ(b.rules[0].when, a.rules[0].when);
  EXPECT_EQ(b.rules[0].actions[2].url, a.rules[0].actions[2].url);
  EXPECT_EQ(b.coach.vetoes, a.coach.vetoes);
  EXPECT_NE(scenario_hash(a), scenario_hash(parse_scenario(kMinimal, "minimal.yaml")));
}

std::string error_of(const std::string& file, std::string text, const std::string& from, const std::string& to) {
  text.replace(text.find(from), from.size(), to);
  return load_error(write_scenario(file, text));
}

TEST(ScenarioAutomation, BadConditionNamesFileLineAndKey) {
  EXPECT_THAT(error_of("bad-when.yaml", kAutomation, "acwr_ewma > 1.5 &&", "acwr > 1.5 &&"),
              HasSubstr("bad-when.yaml:7: rules[0] (acwr-spike).when: expected a condition over features, inputs and risk: "
                        "'acwr > 1.5 && risk > 0.2', position 0: unknown name 'acwr'"));
  EXPECT_THAT(error_of("syntax-when.yaml", kAutomation, "sleep_debt7 > 5", "sleep_debt7 >"),
              HasSubstr("syntax-when.yaml:22: rules[1] (short-sleep).when: expected a condition"));
}

TEST(ScenarioAutomation, OtherMistakesAreErrorsWithPlace) {
  EXPECT_THAT(error_of("key.yaml", kAutomation, "        sessions: 2\n", "        session: 2\n"),
              HasSubstr("key.yaml:14: rules[0] (acwr-spike).actions[0].session: unknown key (did you mean 'sessions'?)"));
  // A meal setting under a calendar action means nothing there.
  EXPECT_THAT(error_of("kind-key.yaml", kAutomation, "        sessions: 2\n", "        days: 2\n"),
              HasSubstr("kind-key.yaml:14: rules[0] (acwr-spike).actions[0].days: unknown key"));
  EXPECT_THAT(error_of("https.yaml", kAutomation, "http://127", "https://127"),
              HasSubstr("https.yaml:20: rules[0] (acwr-spike).actions[2].url: expected http://host[:port]/path: "));
  EXPECT_THAT(error_of("kind.yaml", kAutomation, "kind: meal", "kind: email"),
              HasSubstr("kind.yaml:16: rules[0] (acwr-spike).actions[1].kind: expected one of calendar, meal, physio, webhook"));
  EXPECT_THAT(error_of("approval.yaml", kAutomation, "approval: coach", "approval: manager"),
              HasSubstr("approval.yaml:11: rules[0] (acwr-spike).approval: expected one of none, coach, physio"));
  EXPECT_THAT(error_of("twice.yaml", kAutomation, "name: short-sleep", "name: acwr-spike"),
              HasSubstr("twice.yaml:6: rules: expected rules with distinct names, found 'acwr-spike' twice"));
  EXPECT_THAT(error_of("veto.yaml", kAutomation, "no_rest_before_match: true", "no_rest_after_match: true"),
              HasSubstr("coach.vetoes.no_rest_after_match: unknown key (did you mean 'no_rest_before_match'?)"));
  EXPECT_THAT(error_of("acceptance.yaml", kAutomation, "acceptance: 0.7", "acceptance: 1.5"),
              HasSubstr("acceptance.yaml:25: coach.acceptance: expected a probability in [0, 1], found 1.5"));
  EXPECT_THAT(error_of("cooldown.yaml", kAutomation, "cooldown_days: 7", "cooldown_days: -2"),
              HasSubstr("cooldown.yaml:9: rules[0] (acwr-spike).cooldown_days: expected"));
  EXPECT_THAT(error_of("no-when.yaml", kAutomation, "    when: sleep_debt7 > 5\n", ""),
              HasSubstr("rules[1] (short-sleep).when: missing"));
  EXPECT_THAT(error_of("no-actions.yaml", kAutomation,
                       "    actions: [{kind: physio, message: 'sleep debt above 5 h'}]\n", "    actions: []\n"),
              HasSubstr("no-actions.yaml:23: rules[1] (short-sleep).actions: expected at least one action, found none"));
}

}  // namespace
}  // namespace preseason
