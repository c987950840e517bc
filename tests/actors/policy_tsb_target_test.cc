#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "actors/policy/tsb_target_policy.h"
#include "policy_test_util.h"

namespace preseason {
namespace {

using ::testing::HasSubstr;
using test::features;
using test::input;

FeatureRecord form(double ctl, double atl) { return features({{Feature::kCtl, ctl}, {Feature::kAtl, atl}}); }

const TsbTargetPolicy kPolicy{TsbTargetParams{}};  // [-100, 100]

TEST(PolicyTsbTarget, TsbAfterMatchesTheFeatureDefinition) {
  // tsb of tomorrow = ctl_t - atl_t, each X_t = X_{t-1} + (1 - e^(-1/tau))(load - X_{t-1}).
  const double kc = 1 - std::exp(-1.0 / 42), ka = 1 - std::exp(-1.0 / 7);
  EXPECT_NEAR(TsbTargetPolicy::tsb_after(300, 400, 490), (300 + kc * 190) - (400 + ka * 90), 1e-9);
  EXPECT_NEAR(TsbTargetPolicy::tsb_after(300, 400, TsbTargetPolicy::load_for_tsb(300, 400, -100)), -100, 1e-9);
}

TEST(PolicyTsbTarget, KeepsThePlanInsideTheBand) {
  const FeatureRecord steady = form(350, 350);
  const Decision d = kPolicy.decide(input(test::hard_session(), &steady));
  EXPECT_EQ(d.adjustment, Adjustment::kKeep);
  EXPECT_DOUBLE_EQ(d.session.minutes, 70);
}

TEST(PolicyTsbTarget, ShortensASessionToLandOnLow) {
  const FeatureRecord tired = form(300, 400);
  const Decision d = kPolicy.decide(input(test::hard_session(), &tired));
  EXPECT_EQ(d.adjustment, Adjustment::kScaleLoad);
  EXPECT_LT(d.session.minutes, 70);
  EXPECT_GT(d.session.minutes, 35);
  EXPECT_NEAR(TsbTargetPolicy::tsb_after(300, 400, d.session.minutes * d.session.rpe), -100, 1e-6);
  EXPECT_THAT(d.reason, HasSubstr("form (TSB) would be -108, outside [-100, 100]"));
}

TEST(PolicyTsbTarget, NeverCutsBelowTheFloorAndRestsWhenLittleWouldDo) {
  const FeatureRecord low = form(270, 400);  // landing on -100 needs about 31 % of the plan
  const Decision floored = kPolicy.decide(input(test::hard_session(), &low));
  EXPECT_EQ(floored.adjustment, Adjustment::kScaleLoad);
  EXPECT_DOUBLE_EQ(floored.session.minutes, 35);
  const FeatureRecord exhausted = form(100, 400);  // even a day off would not reach -100
  const Decision d = kPolicy.decide(input(test::hard_session(), &exhausted));
  EXPECT_EQ(d.adjustment, Adjustment::kRest);
  EXPECT_TRUE(d.session.is_rest());
  EXPECT_THAT(d.reason, HasSubstr(": rest"));
}

TEST(PolicyTsbTarget, LengthensUpToMaxScaleWhenTooFresh) {
  const FeatureRecord fresh = form(400, 250);
  const Decision d = kPolicy.decide(input(test::easy_session(), &fresh));
  EXPECT_EQ(d.adjustment, Adjustment::kScaleLoad);
  EXPECT_DOUBLE_EQ(d.session.minutes, 50 * 1.25);
}

TEST(PolicyTsbTarget, MatchesAndMissingHistoryStand) {
  const FeatureRecord exhausted = form(100, 400);
  const Decision match = kPolicy.decide(input(test::match_session(), &exhausted));
  EXPECT_EQ(match.adjustment, Adjustment::kKeep);
  EXPECT_DOUBLE_EQ(match.session.minutes, 95);
  const Decision first_day = kPolicy.decide(input(test::hard_session(), nullptr));
  EXPECT_EQ(first_day.adjustment, Adjustment::kKeep);
  EXPECT_THAT(first_day.reason, HasSubstr("no training history"));
}

TEST(PolicyTsbTarget, MakePolicyChecksTheBand) {
  const FeatureRecord steady = form(350, 350);
  const auto narrow = make_policy(test::spec("tsb_target", {{"low", 0}, {"high", 10}}));
  EXPECT_EQ(narrow->decide(input(test::hard_session(), &steady)).adjustment, Adjustment::kScaleLoad);
  EXPECT_THROW(make_policy(test::spec("tsb_target", {{"low", 10}, {"high", 0}})), std::invalid_argument);
  EXPECT_THROW(make_policy(test::spec("tsb_target", {{"rest_below", 0.8}})), std::invalid_argument);
}

}  // namespace
}  // namespace preseason
