#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "actors/policy/policy.h"
#include "scenario_test_util.h"
#include "scenarios/policy_yaml.h"

namespace preseason {
namespace {

using ::testing::HasSubstr;
using testing::kMinimal;
using testing::load_error;
using testing::shipped;
using testing::write_scenario;

const char* kComposite =
    "policy:\n"
    "  name: composite\n"
    "  combine: first\n"
    "  members:\n"
    "    - {name: hrv_guided, params: {swc: 0.75}}\n"
    "    - name: composite\n"
    "      members: [{name: tsb_target, params: {low: -80}}, {name: lstm_risk}]\n";

const char* kExpression =
    "policy:\n"
    "  name: expression\n"
    "  rules:\n"
    "    - when: risk > 0.5 || hrv_below_swc && planned_rpe > 6\n"
    "      then: recovery\n"
    "      reason: 'HRV low: easy day'\n"
    "    - {when: acwr_ewma > 1.4, then: scale_load, scale: 0.6, reason: load spike}\n"
    "    - {when: sleep_debt7 > 5, then: cap_intensity, cap: 0.3, reason: short on sleep}\n";

Scenario with_policy(const std::string& name, const std::string& policy) {
  return load_scenario(write_scenario(name, std::string(kMinimal) + policy));
}

TEST(ScenarioPolicy, EveryPolicyRoundTripsThroughTheEffectiveYaml) {
  const std::vector<std::string> sections = {
      "policy: {name: fixed}\n",
      "policy: {name: acwr_band, params: {high: 1.2}}\n",
      "policy: {name: hrv_guided, params: {swc: 1, hard_rpe: 5}}\n",
      "policy: {name: tsb_target, params: {low: -60, high: 30, min_scale: 0.4}}\n",
      "policy: {name: lstm_risk, params: {threshold: 0.08}}\n",
      kComposite,
      kExpression};
  for (std::size_t i = 0; i < sections.size(); ++i) {
    const Scenario s = with_policy("round" + std::to_string(i) + ".yaml", sections[i]);
    const Scenario back = parse_scenario(s.effective_yaml, "effective.yaml");
    EXPECT_EQ(back.policy, s.policy) << sections[i];
    EXPECT_EQ(back.effective_yaml, s.effective_yaml) << sections[i];
  }
}

TEST(ScenarioPolicy, DefaultsAreSpelledOut) {
  const Scenario hrv = with_policy("hrv.yaml", "policy: {name: hrv_guided}\n");
  EXPECT_EQ(hrv.policy.params, (std::map<std::string, double>{{"swc", 0.5}, {"hard_rpe", 6}, {"hard_intensity", 0.5}}));
  const Scenario tsb = with_policy("tsb.yaml", "policy: {name: tsb_target, params: {high: 50}}\n");
  EXPECT_DOUBLE_EQ(tsb.policy.params.at("low"), -100);
  EXPECT_DOUBLE_EQ(tsb.policy.params.at("high"), 50);
  EXPECT_DOUBLE_EQ(tsb.policy.params.at("max_scale"), 1.25);
  EXPECT_NE(tsb.effective_yaml.find("rest_below: 0.1"), std::string::npos) << tsb.effective_yaml;
}

TEST(ScenarioPolicy, CompositeAndExpressionAreRead) {
  const Scenario c = with_policy("composite.yaml", kComposite);
  ASSERT_EQ(c.policy.members.size(), 2u);
  EXPECT_EQ(c.policy.combine, "first");
  EXPECT_DOUBLE_EQ(c.policy.members[0].params.at("swc"), 0.75);
  ASSERT_EQ(c.policy.members[1].members.size(), 2u);
  EXPECT_EQ(c.policy.members[1].combine, "most_conservative");
  EXPECT_DOUBLE_EQ(c.policy.members[1].members[0].params.at("low"), -80);
  EXPECT_THAT(describe(c), HasSubstr("policy   composite first of [hrv_guided (hard_intensity 0.5, hard_rpe 6, "
                                     "swc 0.75), composite most_conservative of [tsb_target"));

  const Scenario e = with_policy("expression.yaml", kExpression);
  ASSERT_EQ(e.policy.rules.size(), 3u);
  EXPECT_EQ(e.policy.rules[0].then, "recovery");
  EXPECT_EQ(e.policy.rules[0].reason, "HRV low: easy day");
  EXPECT_DOUBLE_EQ(e.policy.rules[1].scale, 0.6);
  EXPECT_DOUBLE_EQ(e.policy.rules[2].cap, 0.3);
  EXPECT_NO_THROW(make_policy(e.policy));
  EXPECT_THAT(describe(e), HasSubstr("policy   expression, 3 rules"));
}

TEST(ScenarioPolicy, BadExpressionsFailAtLoadTimeWithFileLineAndKey) {
  const std::string unknown = load_error(write_scenario(
      "rules.yaml", std::string(kMinimal) +
                        "policy:\n  name: expression\n  rules:\n"
                        "    - {when: risk > 0.5, then: rest, reason: risky}\n"
                        "    - {when: acwr > 1.5, then: rest, reason: spike}\n"));
  EXPECT_THAT(unknown, HasSubstr("rules.yaml:9: policy.rules[1].when: expected a condition"));
  EXPECT_THAT(unknown, HasSubstr("unknown name 'acwr'"));
  const std::string syntax = load_error(write_scenario(
      "syntax.yaml", std::string(kMinimal) + "policy:\n  name: expression\n  rules:\n"
                                             "    - {when: 'tsb < (1', then: rest, reason: x}\n"));
  EXPECT_THAT(syntax, HasSubstr("syntax.yaml:8: policy.rules[0].when: expected a condition"));
  const std::string nested = load_error(write_scenario(
      "nested.yaml", std::string(kMinimal) + "policy:\n  name: composite\n  members:\n"
                                             "    - name: expression\n"
                                             "      rules: [{when: hrv > 1, then: rest, reason: x}]\n"));
  EXPECT_THAT(nested, HasSubstr("nested.yaml:9: policy.members[0] (expression).rules[0].when"));
}

TEST(ScenarioPolicy, RuleAndMemberMistakesNameTheKey) {
  EXPECT_THAT(load_error(write_scenario("scale.yaml", std::string(kMinimal) +
                                                          "policy:\n  name: expression\n  rules:\n"
                                                          "    - {when: risk > 0.5, then: scale_load, reason: x}\n")),
              HasSubstr("scale.yaml:8: policy.rules[0].scale: missing"));
  EXPECT_THAT(load_error(write_scenario("then.yaml", std::string(kMinimal) +
                                                         "policy:\n  name: expression\n  rules:\n"
                                                         "    - {when: risk > 0.5, then: stop, reason: x}\n")),
              HasSubstr("policy.rules[0].then: expected one of scale_load, cap_intensity, recovery, rest"));
  EXPECT_THAT(load_error(write_scenario("norules.yaml", std::string(kMinimal) + "policy: {name: expression}\n")),
              HasSubstr("policy.rules: missing"));
  EXPECT_THAT(load_error(write_scenario("nomembers.yaml",
                                        std::string(kMinimal) + "policy: {name: composite, members: []}\n")),
              HasSubstr("policy.members: expected at least one member policy"));
  EXPECT_THAT(load_error(write_scenario("param.yaml",
                                        std::string(kMinimal) + "policy: {name: hrv_guided, params: {low: 1}}\n")),
              HasSubstr("policy.params.low: unknown key; expected one of swc, hard_rpe, hard_intensity"));
  EXPECT_THAT(load_error(write_scenario("risk.yaml", std::string(kMinimal) +
                                                         "policy: {name: lstm_risk, params: {threshold: 0.5, "
                                                         "recovery_threshold: 0.3}}\n")),
              HasSubstr("policy.params.recovery_threshold: expected at least threshold (0.5), found 0.3"));
}

TEST(ScenarioPolicy, OverridesSetNameAndParameters) {
  const Scenario hrv = load_scenario(shipped("small.yaml"), {"policy.name=hrv_guided", "policy.params.swc=0.8"});
  EXPECT_EQ(hrv.policy.name, "hrv_guided");
  EXPECT_DOUBLE_EQ(hrv.policy.params.at("swc"), 0.8);
  const Scenario risk = load_scenario(shipped("season-25.yaml"), {"policy.name=lstm_risk", "policy.params.threshold=0.08"});
  EXPECT_DOUBLE_EQ(risk.policy.params.at("threshold"), 0.08);
  EXPECT_DOUBLE_EQ(risk.policy.params.at("recovery_threshold"), 0.12);
  EXPECT_THAT(load_error(shipped("small.yaml"), {"policy.name=tsb_target", "policy.params.max_scale=0.5"}),
              HasSubstr("override 'policy.params.max_scale=0.5': policy.params.max_scale: expected a number >= 1"));
}

TEST(ScenarioPolicy, CommandLinePolicyTakesABareNameOrAMap) {
  EXPECT_EQ(parse_policy("tsb_target", "--policy").params.at("low"), -100);
  const PolicySpec c = parse_policy("{name: composite, members: [{name: fixed}, {name: lstm_risk}]}", "--policy");
  EXPECT_EQ(c.members.size(), 2u);
  try {
    parse_policy("{name: hrv_guidd}", "--policy");
    FAIL() << "an unknown policy was accepted";
  } catch (const ScenarioError& e) {
    EXPECT_THAT(e.what(), HasSubstr("policy.name: expected one of fixed, acwr_band, hrv_guided"));
    EXPECT_THAT(e.what(), HasSubstr("did you mean 'hrv_guided'?"));
  }
}

}  // namespace
}  // namespace preseason
