#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "actors/policy/hrv_guided_policy.h"
#include "policy_test_util.h"

namespace preseason {
namespace {

using ::testing::HasSubstr;
using test::features;
using test::input;

// Baseline 4.2 +- 0.2: the band's floor is 4.1 with swc 0.5.
FeatureRecord hrv(double hrv7) {
  return features({{Feature::kHrv7, hrv7}, {Feature::kHrvBase60, 4.2}, {Feature::kHrvSd60, 0.2}});
}

TEST(PolicyHrvGuided, KeepsThePlanWhileHrvIsInItsUsualRange) {
  const HrvGuidedPolicy policy{HrvGuidedParams{}};
  const FeatureRecord normal = hrv(4.15);
  const Decision d = policy.decide(input(test::hard_session(), &normal));
  EXPECT_EQ(d.adjustment, Adjustment::kKeep);
  EXPECT_DOUBLE_EQ(d.session.minutes, 70);
  EXPECT_DOUBLE_EQ(d.session.rpe, 7);
}

TEST(PolicyHrvGuided, HardSessionBecomesRecoveryBelowTheBand) {
  const HrvGuidedPolicy policy{HrvGuidedParams{}};
  const FeatureRecord low = hrv(4.05);
  const Decision d = policy.decide(input(test::hard_session(), &low));
  EXPECT_EQ(d.adjustment, Adjustment::kRecovery);
  EXPECT_EQ(d.session.type, SessionType::kRecovery);
  EXPECT_DOUBLE_EQ(d.session.minutes, 40);
  EXPECT_DOUBLE_EQ(d.session.rpe, 2);
  EXPECT_DOUBLE_EQ(d.session.intensity, 0.1);
  EXPECT_THAT(d.reason, HasSubstr("HRV 7-day mean 4.05 below its usual range (from 4.10)"));
}

TEST(PolicyHrvGuided, EasySessionsAndMatchesStandBelowTheBand) {
  const HrvGuidedPolicy policy{HrvGuidedParams{}};
  const FeatureRecord low = hrv(3.9);
  const Decision easy = policy.decide(input(test::easy_session(), &low));
  EXPECT_EQ(easy.adjustment, Adjustment::kKeep);
  EXPECT_DOUBLE_EQ(easy.session.minutes, 50);
  const Decision match = policy.decide(input(test::match_session(), &low));
  EXPECT_EQ(match.adjustment, Adjustment::kKeep);
  EXPECT_DOUBLE_EQ(match.session.minutes, 95);
  EXPECT_TRUE(match.session.is_match());
}

TEST(PolicyHrvGuided, SwcAndHardnessAreParameters) {
  const FeatureRecord slightly_low = hrv(4.05);
  HrvGuidedParams wide;
  wide.swc = 1.0;  // floor 4.0
  EXPECT_EQ(HrvGuidedPolicy(wide).decide(input(test::hard_session(), &slightly_low)).adjustment, Adjustment::kKeep);
  HrvGuidedParams strict;
  strict.hard_rpe = 2;  // the activation session's RPE 3 counts as hard now
  EXPECT_EQ(HrvGuidedPolicy(strict).decide(input(test::easy_session(), &slightly_low)).adjustment,
            Adjustment::kRecovery);
}

TEST(PolicyHrvGuided, MissingHrvKeepsThePlanAndSaysSo) {
  const HrvGuidedPolicy policy{HrvGuidedParams{}};
  const FeatureRecord no_baseline = features({{Feature::kHrv7, 3.5}});
  const Decision d = policy.decide(input(test::hard_session(), &no_baseline));
  EXPECT_EQ(d.adjustment, Adjustment::kKeep);
  EXPECT_THAT(d.reason, HasSubstr("no HRV baseline"));
  EXPECT_THAT(policy.decide(input(test::hard_session(), nullptr)).reason, HasSubstr("no HRV baseline"));
}

TEST(PolicyHrvGuided, MakePolicyReadsParametersAndRefusesUnknownOnes) {
  const FeatureRecord low = hrv(4.05);
  const auto wide = make_policy(test::spec("hrv_guided", {{"swc", 1.0}}));
  EXPECT_EQ(wide->decide(input(test::hard_session(), &low)).adjustment, Adjustment::kKeep);
  EXPECT_THROW(make_policy(test::spec("hrv_guided", {{"threshold", 1.0}})), std::invalid_argument);
  EXPECT_THROW(make_policy(test::spec("hrv_guided", {{"swc", -1.0}})), std::invalid_argument);
}

}  // namespace
}  // namespace preseason
