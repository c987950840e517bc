#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "actors/policy/expression_policy.h"
#include "policy_test_util.h"

namespace preseason {
namespace {

using ::testing::HasSubstr;
using test::features;
using test::input;

const std::vector<PolicyRule> kRules = {
    {"risk > 0.5", "rest", 1, 1, "very high predicted risk"},
    {"hrv_below_swc && planned_rpe > 6", "recovery", 1, 1, "HRV low before a hard session"},
    {"acwr_ewma > 1.4", "scale_load", 0.6, 1, "load spike"},
    {"sleep_debt7 > 5 && planned_intensity > 0.5", "cap_intensity", 1, 0.3, "short on sleep"},
};

TEST(PolicyExpression, FirstRuleThatHoldsDecides) {
  const ExpressionPolicy policy(kRules);
  const FeatureRecord spike = features({{Feature::kAcwrEwma, 1.5}, {Feature::kHrvBelowSwc, 1}});
  const Decision hrv = policy.decide(input(test::hard_session(), &spike));
  EXPECT_EQ(hrv.adjustment, Adjustment::kRecovery);
  EXPECT_EQ(hrv.reason, "HRV low before a hard session");
  const Decision scaled = policy.decide(input(test::easy_session(), &spike));  // RPE 3: rule 2 does not hold
  EXPECT_EQ(scaled.adjustment, Adjustment::kScaleLoad);
  EXPECT_DOUBLE_EQ(scaled.session.minutes, 30);
  EXPECT_EQ(scaled.reason, "load spike");
  const Decision risky = policy.decide(input(test::hard_session(), &spike, 0.7));
  EXPECT_EQ(risky.adjustment, Adjustment::kRest);
  EXPECT_TRUE(risky.session.is_rest());
}

TEST(PolicyExpression, CapIntensityLowersRpeInProportion) {
  const ExpressionPolicy policy(kRules);
  const FeatureRecord tired = features({{Feature::kSleepDebt7, 6}});
  const Decision d = policy.decide(input(test::hard_session(), &tired));
  EXPECT_EQ(d.adjustment, Adjustment::kCapIntensity);
  EXPECT_DOUBLE_EQ(d.session.intensity, 0.3);
  EXPECT_DOUBLE_EQ(d.session.rpe, 3.5);
  EXPECT_DOUBLE_EQ(d.session.minutes, 70);
}

TEST(PolicyExpression, MissingValuesNeverFireAndMatchesStand) {
  const ExpressionPolicy policy(kRules);
  const FeatureRecord nothing = features({});
  EXPECT_EQ(policy.decide(input(test::hard_session(), &nothing)).adjustment, Adjustment::kKeep);
  EXPECT_EQ(policy.decide(input(test::hard_session(), nullptr)).adjustment, Adjustment::kKeep);
  const FeatureRecord spike = features({{Feature::kAcwrEwma, 2.0}});
  const Decision match = policy.decide(input(test::match_session(), &spike, 0.9));
  EXPECT_EQ(match.adjustment, Adjustment::kKeep);
  EXPECT_DOUBLE_EQ(match.session.minutes, 95);
}

TEST(PolicyExpression, BadRulesAreRefusedWhenBuilt) {
  try {
    ExpressionPolicy({{"acwr > 1.5", "rest", 1, 1, "x"}});
    FAIL() << "an unknown name compiled";
  } catch (const ExpressionError& e) {
    EXPECT_THAT(e.what(), HasSubstr("unknown name 'acwr'"));
  }
  EXPECT_THROW(ExpressionPolicy({{"acwr_ewma >", "rest", 1, 1, "x"}}), ExpressionError);
  EXPECT_THROW(ExpressionPolicy({{"risk > 0.2", "stop", 1, 1, "x"}}), std::invalid_argument);
  EXPECT_THROW(ExpressionPolicy({{"risk > 0.2", "scale_load", -1, 1, "x"}}), std::invalid_argument);
  PolicySpec none = test::spec("expression");
  EXPECT_THROW(make_policy(none), std::invalid_argument);
}

}  // namespace
}  // namespace preseason
