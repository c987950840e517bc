#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "actors/coach/coach_model.h"

namespace preseason {
namespace {

using ::testing::HasSubstr;

Session of(SessionType t, double minutes) {
  Session s;
  s.type = t;
  s.minutes = minutes;
  s.rpe = 5;
  return s;
}

// Today strength, then activation, then a match.
CoachContext week() {
  return {100, {of(SessionType::kStrength, 70), of(SessionType::kActivation, 50), of(SessionType::kMatch, 95)}};
}

Decision proposal(SessionType t, double minutes) { return {of(t, minutes), Adjustment::kRecovery, "ACWR 1.6 > 1.3"}; }

ActionPayload calendar_action(int sessions) {
  ActionPayload p;
  p.rule = "acwr-spike";
  p.action.kind = ActionKind::kCalendar;
  p.action.sessions = sessions;
  return p;
}

CoachModel coach(double acceptance, std::vector<Veto> vetoes = {}) {
  CoachParams p;
  p.acceptance = acceptance;
  p.vetoes = std::move(vetoes);
  p.override_reason = "the coach wants the planned session";
  return CoachModel(p);
}

TEST(CoachModel, DefaultAcceptsEverythingWithoutDrawing) {
  Rng rng(1, 2, 3);
  const Rng before = rng;
  const CoachVerdict v = CoachModel().review(proposal(SessionType::kRecovery, 40), week(), rng);
  EXPECT_TRUE(v.accepted);
  EXPECT_EQ(v.who, "coach model");
  EXPECT_THAT(v.what, HasSubstr("policy recovery: Strength (MD-4), 70 min, RPE 5.0 -> Recovery (MD+1), 40 min"));
  EXPECT_THAT(v.what, HasSubstr("(ACWR 1.6 > 1.3)"));
  EXPECT_EQ(v.reason, "accepted");
  EXPECT_TRUE(CoachModel().review(calendar_action(3), week(), rng).accepted);
  EXPECT_TRUE(rng == before);
}

TEST(CoachModel, AcceptanceZeroOverridesWithItsReasonWithoutDrawing) {
  Rng rng(1, 2, 3);
  const Rng before = rng;
  const CoachVerdict v = coach(0).review(proposal(SessionType::kRecovery, 40), week(), rng);
  EXPECT_FALSE(v.accepted);
  EXPECT_EQ(v.reason, "the coach wants the planned session");
  ActionPayload physio;
  physio.rule = "sleep";
  physio.action.kind = ActionKind::kPhysio;
  const CoachVerdict p = coach(0).review(physio, week(), rng);
  EXPECT_FALSE(p.accepted);
  EXPECT_EQ(p.what, "rule 'sleep', physio: please check this athlete");
  EXPECT_TRUE(rng == before);
}

TEST(CoachModel, NothingToChangeIsAcceptedWithoutDrawing) {
  Rng rng(4, 5, 6);
  const Rng before = rng;
  const Decision keep{week().plan[0], Adjustment::kKeep, "in band"};
  const CoachVerdict v = coach(0.5).review(keep, week(), rng);
  EXPECT_TRUE(v.accepted);
  EXPECT_EQ(v.reason, "nothing to change");
  // Only rest days and matches ahead: a calendar action has nothing to replace.
  const CoachContext matches{100, {of(SessionType::kRest, 0), of(SessionType::kMatch, 95)}};
  EXPECT_TRUE(coach(0.5).review(calendar_action(2), matches, rng).accepted);
  EXPECT_TRUE(rng == before);
}

TEST(CoachModel, NoRestBeforeMatchVetoesSessionsAndCalendarActions) {
  Rng rng(1, 1, 1);
  const Rng before = rng;
  const CoachModel strict = coach(0.5, {Veto::kNoRestBeforeMatch});
  CoachContext md_minus_1 = week();
  md_minus_1.plan.erase(md_minus_1.plan.begin());  // today activation, tomorrow the match
  const CoachVerdict rest = strict.review(proposal(SessionType::kRest, 0), md_minus_1, rng);
  EXPECT_FALSE(rest.accepted);
  EXPECT_EQ(rest.reason, "veto no_rest_before_match: the next day is a match");
  // Two sessions replaced reach MD-1; one does not, and then chance decides.
  const CoachVerdict two = strict.review(calendar_action(2), week(), rng);
  EXPECT_FALSE(two.accepted);
  EXPECT_EQ(two.reason, "veto no_rest_before_match: Activation in 1 days is the day before a match");
  EXPECT_EQ(two.what, "rule 'acwr-spike', calendar: next 2 training sessions -> recovery");
  EXPECT_TRUE(rng == before);
  strict.review(calendar_action(1), week(), rng);
  EXPECT_FALSE(rng == before);
  // Without the veto the same proposal is not rejected.
  EXPECT_TRUE(coach(1).review(proposal(SessionType::kRest, 0), md_minus_1, rng).accepted);
}

TEST(CoachModel, NoChangeOnMatchDayKeepsTheMatch) {
  Rng rng(1, 1, 1);
  const CoachContext match_day{100, {of(SessionType::kMatch, 95), of(SessionType::kRecovery, 40)}};
  const CoachVerdict v =
      coach(1, {Veto::kNoChangeOnMatchDay}).review(proposal(SessionType::kMatch, 60), match_day, rng);
  EXPECT_FALSE(v.accepted);
  EXPECT_EQ(v.reason, "veto no_change_on_match_day: today is a match");
  EXPECT_TRUE(coach(1, {Veto::kNoChangeOnMatchDay}).review(proposal(SessionType::kRecovery, 40), week(), rng).accepted);
}

TEST(CoachModel, HalfAcceptanceAcceptsAboutHalfOneDrawEach) {
  Rng rng(7, 0, 42);
  Rng reference = rng;
  const CoachModel halfway = coach(0.5);
  int accepted = 0;
  const int n = 20000;
  for (int i = 0; i < n; ++i) {
    const CoachVerdict v = halfway.review(proposal(SessionType::kRecovery, 40), week(), rng);
    accepted += v.accepted;
    reference.uniform();
    EXPECT_EQ(v.reason, v.accepted ? "accepted" : "the coach wants the planned session");
  }
  EXPECT_TRUE(rng == reference);
  // Binomial(20000, 0.5): sd ~ 71, so +-400 is more than 5 sd.
  EXPECT_NEAR(accepted, n / 2, 400);
}

}  // namespace
}  // namespace preseason
