#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "actors/policy/composite_policy.h"
#include "policy_test_util.h"

namespace preseason {
namespace {

using ::testing::StartsWith;
using test::features;
using test::input;

// HRV below its band (hrv_guided: recovery, 40 min at RPE 2) and a moderate risk
// (lstm_risk: 70 min x0.7 at RPE 7); form too fresh (tsb_target: longer session).
const FeatureRecord kDay = features({{Feature::kHrv7, 3.9},
                                     {Feature::kHrvBase60, 4.2},
                                     {Feature::kHrvSd60, 0.2},
                                     {Feature::kCtl, 400},
                                     {Feature::kAtl, 250}});

PolicySpec composite(const char* combine, std::vector<PolicySpec> members) {
  PolicySpec s = test::spec("composite");
  s.combine = combine;
  s.members = std::move(members);
  return s;
}

TEST(PolicyComposite, MostConservativeFollowsTheLeastLoad) {
  const auto policy =
      make_policy(composite("most_conservative", {test::spec("lstm_risk"), test::spec("hrv_guided")}));
  const Decision d = policy->decide(input(test::hard_session(), &kDay, 0.09));
  EXPECT_EQ(d.adjustment, Adjustment::kRecovery);
  EXPECT_DOUBLE_EQ(d.session.minutes, 40);
  EXPECT_THAT(d.reason, StartsWith("hrv_guided: HRV 7-day mean"));
}

TEST(PolicyComposite, MostConservativeNeverPicksMoreLoadThanThePlan) {
  const auto policy = make_policy(composite("most_conservative", {test::spec("tsb_target"), test::spec("fixed")}));
  const Decision d = policy->decide(input(test::easy_session(), &kDay));
  EXPECT_EQ(d.adjustment, Adjustment::kKeep);
  EXPECT_DOUBLE_EQ(d.session.minutes, 50);
}

TEST(PolicyComposite, EqualLoadGoesToTheStrongerAdjustment) {
  PolicySpec halve = test::spec("expression");
  halve.rules = {{"planned_minutes > 0", "scale_load", 0.5, 1, "halved"}};
  PolicySpec cap = test::spec("expression");
  cap.rules = {{"planned_minutes > 0", "cap_intensity", 1, 0.25, "capped"}};
  const auto policy = make_policy(composite("most_conservative", {halve, cap}));
  // Both leave 280 AU: 35 min at RPE 8, or 70 min at RPE 4 after halving the intensity.
  const Decision d = policy->decide(input(Session{SessionType::kStrength, 70, 8, 0.5}, &kDay));
  EXPECT_EQ(d.adjustment, Adjustment::kCapIntensity);
  EXPECT_DOUBLE_EQ(d.session.rpe, 4);
  EXPECT_EQ(d.reason, "expression: capped");
}

TEST(PolicyComposite, FirstFollowsTheFirstMemberThatChangesSomething) {
  const auto policy =
      make_policy(composite("first", {test::spec("fixed"), test::spec("lstm_risk"), test::spec("hrv_guided")}));
  const Decision d = policy->decide(input(test::hard_session(), &kDay, 0.09));
  EXPECT_EQ(d.adjustment, Adjustment::kScaleLoad);
  EXPECT_DOUBLE_EQ(d.session.minutes, 49);
  EXPECT_THAT(d.reason, StartsWith("lstm_risk: predicted 7-day risk 9 %"));
  const Decision no_risk = policy->decide(input(test::hard_session(), &kDay));
  EXPECT_EQ(no_risk.adjustment, Adjustment::kRecovery);
  EXPECT_THAT(no_risk.reason, StartsWith("hrv_guided: "));
}

TEST(PolicyComposite, AllKeepAndMatchesStand) {
  const auto policy = make_policy(composite("first", {test::spec("lstm_risk"), test::spec("hrv_guided")}));
  const Decision match = policy->decide(input(test::match_session(), &kDay, 0.9));
  EXPECT_EQ(match.adjustment, Adjustment::kKeep);
  EXPECT_DOUBLE_EQ(match.session.minutes, 95);
  const FeatureRecord quiet = features({});
  EXPECT_EQ(policy->decide(input(test::hard_session(), &quiet)).adjustment, Adjustment::kKeep);
}

TEST(PolicyComposite, MakePolicyRefusesAnEmptyOrBadComposite) {
  EXPECT_THROW(make_policy(composite("first", {})), std::invalid_argument);
  EXPECT_THROW(make_policy(composite("vote", {test::spec("fixed")})), std::invalid_argument);
  EXPECT_THROW(make_policy(composite("first", {test::spec("nonsense")})), std::invalid_argument);
}

}  // namespace
}  // namespace preseason
