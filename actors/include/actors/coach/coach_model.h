// The simulated coach who approves or overrides what a policy or a rule proposes.
// Vetoes are checked first and need no chance; then the proposal is accepted with
// probability `acceptance`. The rng is drawn from only when 0 < acceptance < 1 and the
// proposal changes something, so a default coach leaves every random stream as it was.
#pragma once

#include <vector>

#include "actors/athlete/session.h"
#include "actors/automation/action_payload.h"
#include "actors/coach/coach_params.h"
#include "actors/coach/coach_verdict.h"
#include "actors/policy/decision.h"
#include "data/time.h"
#include "engine/random.h"

namespace preseason {

// What the coach looks at: the plan from today on, plan[k] being k days ahead.
// plan[0] is the planned session a Decision replaces; a match tomorrow is plan[1].
struct CoachContext {
  Day day = 0;
  std::vector<Session> plan;
};

class CoachModel {
 public:
  explicit CoachModel(CoachParams params = {}) : params_(std::move(params)) {}

  const CoachParams& params() const { return params_; }

  // A policy's Decision against plan[0]; a decision equal to the plan is accepted as is.
  CoachVerdict review(const Decision& proposal, const CoachContext& context, Rng& rng) const;
  // A rule action waiting for coach approval; a calendar action is judged by the sessions
  // it would replace (calendar_replacement.h), other kinds by acceptance alone.
  CoachVerdict review(const ActionPayload& proposal, const CoachContext& context, Rng& rng) const;

 private:
  // `veto` is the reason of the veto that applies, empty when none does.
  CoachVerdict decide(CoachVerdict verdict, bool changes, const std::string& veto, Rng& rng) const;

  CoachParams params_;
};

}  // namespace preseason
