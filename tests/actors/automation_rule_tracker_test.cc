#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <boost/archive/binary_iarchive.hpp>
#include <boost/archive/binary_oarchive.hpp>
#include <cmath>
#include <sstream>

#include "actors/automation/rule_tracker.h"

namespace preseason {
namespace {

const double kMissing = std::nan("");

FeatureRecord day_with_acwr(Day day, double acwr) {
  FeatureRecord r;
  r.day = day;
  r.values.fill(kMissing);
  r.inputs.fill(kMissing);
  r.values[index(Feature::kAcwrEwma)] = acwr;
  return r;
}

RuleSpec rule(const std::string& name, const std::string& when, int hold = 1, int cooldown = 0, int priority = 0) {
  RuleSpec r;
  r.name = name;
  r.when = when;
  r.hold_days = hold;
  r.cooldown_days = cooldown;
  r.priority = priority;
  ActionSpec physio;
  physio.kind = ActionKind::kPhysio;
  r.actions = {physio};
  return r;
}

// Which days of `acwr` (one value a day from day 100) make the tracker fire.
std::vector<Day> firing_days(RuleTracker& tracker, const std::vector<double>& acwr) {
  std::vector<Day> days;
  for (std::size_t k = 0; k < acwr.size(); ++k) {
    const Day d = 100 + static_cast<Day>(k);
    if (!tracker.update(day_with_acwr(d, acwr[k]), kMissing).empty()) days.push_back(d);
  }
  return days;
}

TEST(AutomationRuleTracker, FiresAfterHoldDaysWithEvidence) {
  RuleTracker tracker({rule("spike", "acwr_ewma > 1.5", 3, 100)});
  EXPECT_TRUE(tracker.update(day_with_acwr(100, 1.6), kMissing).empty());
  EXPECT_TRUE(tracker.update(day_with_acwr(101, 1.7), kMissing).empty());
  const std::vector<FiredRule> fired = tracker.update(day_with_acwr(102, 1.8), kMissing);
  ASSERT_EQ(fired.size(), 1u);
  EXPECT_EQ(fired[0].rule, "spike");
  EXPECT_EQ(fired[0].day, 102);
  EXPECT_EQ(fired[0].held_days, 3);
  EXPECT_EQ(fired[0].evidence, (std::map<std::string, double>{{"acwr_ewma", 1.8}}));
  ASSERT_EQ(fired[0].actions.size(), 1u);
  EXPECT_EQ(fired[0].actions[0].kind, ActionKind::kPhysio);
  EXPECT_THAT(fired[0].reason(), ::testing::HasSubstr("acwr_ewma > 1.5 held for 3 days (acwr_ewma = 1.8)"));
}

TEST(AutomationRuleTracker, FalseOrMissingBreaksTheStreak) {
  RuleTracker tracker({rule("spike", "acwr_ewma > 1.5", 3)});
  // A false day (1.2) and a missing one (NaN) each restart the count.
  EXPECT_EQ(firing_days(tracker, {1.6, 1.6, 1.2, 1.6, 1.6, kMissing, 1.6, 1.6, 1.6}), std::vector<Day>{108});
}

TEST(AutomationRuleTracker, MissingRiskIsFalseEvenUnderNegation) {
  RuleTracker tracker({rule("risky", "risk > 0.3")});
  EXPECT_TRUE(tracker.update(day_with_acwr(1, 1.0), kMissing).empty());
  const std::vector<FiredRule> fired = tracker.update(day_with_acwr(2, 1.0), 0.4);
  ASSERT_EQ(fired.size(), 1u);
  EXPECT_DOUBLE_EQ(fired[0].evidence.at("risk"), 0.4);
}

TEST(AutomationRuleTracker, ADayWithoutRecordBreaksTheStreak) {
  RuleTracker tracker({rule("spike", "acwr_ewma > 1.5", 2)});
  EXPECT_TRUE(tracker.update(day_with_acwr(10, 1.6), kMissing).empty());
  EXPECT_TRUE(tracker.update(day_with_acwr(12, 1.6), kMissing).empty());
  EXPECT_EQ(tracker.update(day_with_acwr(13, 1.6), kMissing).size(), 1u);
  EXPECT_THROW(tracker.update(day_with_acwr(13, 1.6), kMissing), std::invalid_argument);
}

TEST(AutomationRuleTracker, CooldownSpacesFirings) {
  RuleTracker tracker({rule("spike", "acwr_ewma > 1.5", 1, 2)});
  EXPECT_EQ(firing_days(tracker, std::vector<double>(8, 1.6)), (std::vector<Day>{100, 103, 106}));
  RuleTracker no_cooldown({rule("spike", "acwr_ewma > 1.5", 2, 0)});
  EXPECT_EQ(firing_days(no_cooldown, {1.6, 1.6, 1.6, 1.0, 1.6}), (std::vector<Day>{101, 102}));
}

TEST(AutomationRuleTracker, HigherPriorityFirstTiesInListOrder) {
  RuleTracker tracker({rule("low", "acwr_ewma > 1", 1, 0, 1), rule("high", "acwr_ewma > 1", 1, 0, 5),
                       rule("low2", "acwr_ewma > 1", 1, 0, 1), rule("never", "acwr_ewma > 9", 1, 0, 9)});
  std::vector<std::string> names;
  for (const FiredRule& f : tracker.update(day_with_acwr(1, 1.5), kMissing)) names.push_back(f.rule);
  EXPECT_EQ(names, (std::vector<std::string>{"high", "low", "low2"}));
}

TEST(AutomationRuleTracker, CheckpointContinuesStreaksAndCooldowns) {
  const std::vector<RuleSpec> rules = {rule("held", "acwr_ewma > 1.5", 3), rule("cool", "acwr_ewma > 1.5", 1, 3)};
  RuleTracker original(rules);
  original.update(day_with_acwr(1, 1.6), kMissing);  // "cool" fires, cooling down to day 4
  original.update(day_with_acwr(2, 1.6), kMissing);
  std::stringstream archive;
  {
    boost::archive::binary_oarchive out(archive);
    out << original;
  }
  RuleTracker restored(rules);
  {
    boost::archive::binary_iarchive in(archive);
    in >> restored;
  }
  for (Day d = 3; d <= 6; ++d) {
    std::vector<std::string> a, b;
    for (const FiredRule& f : original.update(day_with_acwr(d, 1.6), kMissing)) a.push_back(f.rule);
    for (const FiredRule& f : restored.update(day_with_acwr(d, 1.6), kMissing)) b.push_back(f.rule);
    EXPECT_EQ(a, b) << "day " << d;
    if (d == 3) {
      EXPECT_EQ(b, std::vector<std::string>{"held"});
    }
    if (d == 5) {
      EXPECT_EQ(b, (std::vector<std::string>{"held", "cool"}));
    }
  }
  RuleTracker other({rules[0]});
  std::stringstream again;
  {
    boost::archive::binary_oarchive out(again);
    out << original;
  }
  boost::archive::binary_iarchive in(again);
  EXPECT_THROW(in >> other, std::runtime_error);
}

TEST(AutomationRuleCondition, RiskIsAVariableAndErrorsPointIntoTheOriginalText) {
  RuleCondition c("load > 0 && risk > 0.2");
  EXPECT_EQ(c.variables(), (std::vector<std::string>{"load", "risk"}));
  FeatureRecord r = day_with_acwr(1, 1.0);
  r.inputs[index(Input::kLoad)] = 300;
  EXPECT_TRUE(c.holds(r, 0.3));
  EXPECT_FALSE(c.holds(r, 0.1));
  EXPECT_FALSE(c.holds(r, kMissing));
  EXPECT_DOUBLE_EQ(c.evidence(r, 0.3).at("load"), 300);
  try {
    RuleCondition bad("load > 0 && risk > 0.2 && acwr > 1");
    FAIL() << "compiled";
  } catch (const ExpressionError& e) {
    EXPECT_EQ(e.position(), 26);
    EXPECT_STREQ(e.what(), "'load > 0 && risk > 0.2 && acwr > 1', position 26: unknown name 'acwr'");
  }
  EXPECT_THROW(RuleCondition("risk >"), ExpressionError);
  EXPECT_THROW(RuleTracker({rule("x", "riskier > 1")}), ExpressionError);
}

}  // namespace
}  // namespace preseason
