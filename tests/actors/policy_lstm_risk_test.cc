#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "actors/policy/lstm_risk_policy.h"
#include "policy_test_util.h"

namespace preseason {
namespace {

using ::testing::HasSubstr;
using test::input;

const LstmRiskPolicy kPolicy{LstmRiskParams{}};  // 0.06 -> x0.7, 0.12 -> recovery

TEST(PolicyLstmRisk, LowRiskKeepsThePlan) {
  const Decision d = kPolicy.decide(input(test::hard_session(), nullptr, 0.03));
  EXPECT_EQ(d.adjustment, Adjustment::kKeep);
  EXPECT_DOUBLE_EQ(d.session.minutes, 70);
}

TEST(PolicyLstmRisk, RiskAboveThresholdScalesTheLoad) {
  const Decision d = kPolicy.decide(input(test::hard_session(), nullptr, 0.09));
  EXPECT_EQ(d.adjustment, Adjustment::kScaleLoad);
  EXPECT_DOUBLE_EQ(d.session.minutes, 49);
  EXPECT_DOUBLE_EQ(d.session.rpe, 7);
  EXPECT_THAT(d.reason, HasSubstr("predicted 7-day risk 9 % above 6 %: load x0.70"));
}

TEST(PolicyLstmRisk, HighRiskGivesARecoverySession) {
  const Decision d = kPolicy.decide(input(test::hard_session(), nullptr, 0.2));
  EXPECT_EQ(d.adjustment, Adjustment::kRecovery);
  EXPECT_EQ(d.session.type, SessionType::kRecovery);
  EXPECT_DOUBLE_EQ(d.session.minutes, 40);
}

TEST(PolicyLstmRisk, MatchesStandAndNoPredictionKeeps) {
  const Decision match = kPolicy.decide(input(test::match_session(), nullptr, 0.9));
  EXPECT_EQ(match.adjustment, Adjustment::kKeep);
  EXPECT_DOUBLE_EQ(match.session.minutes, 95);
  const Decision none = kPolicy.decide(input(test::hard_session(), nullptr));
  EXPECT_EQ(none.adjustment, Adjustment::kKeep);
  EXPECT_THAT(none.reason, HasSubstr("no prediction"));
}

TEST(PolicyLstmRisk, MakePolicyReadsAndChecksThresholds) {
  const auto strict = make_policy(test::spec("lstm_risk", {{"threshold", 0.05}, {"scale", 0.5}}));
  EXPECT_DOUBLE_EQ(strict->decide(input(test::hard_session(), nullptr, 0.1)).session.minutes, 35);
  EXPECT_THROW(make_policy(test::spec("lstm_risk", {{"threshold", 0.5}, {"recovery_threshold", 0.3}})),
               std::invalid_argument);
}

}  // namespace
}  // namespace preseason
