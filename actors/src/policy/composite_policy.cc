#include "actors/policy/composite_policy.h"

#include "actors/policy/session_adjustments.h"

namespace preseason {

namespace {

// Whether `a` asks less of the athlete than `b`; Adjustment is ordered weakest first.
bool more_conservative(const Decision& a, const Decision& b) {
  const double la = planned_load(a.session);
  const double lb = planned_load(b.session);
  if (la != lb) return la < lb;
  return a.adjustment > b.adjustment;
}

}  // namespace

Decision CompositePolicy::decide(const PolicyInput& in) const {
  const Policy* by = nullptr;
  Decision chosen = keep(in.planned);
  for (const auto& member : members_) {
    Decision d = member->decide(in);
    if (d.adjustment == Adjustment::kKeep) continue;
    // Against the plan itself too, so a member asking for more load never wins here.
    if (combine_ == Combine::kFirst || more_conservative(d, chosen)) {
      chosen = std::move(d);
      by = member.get();
      if (combine_ == Combine::kFirst) break;
    }
  }
  if (by) chosen.reason = std::string(by->name()) + ": " + chosen.reason;
  return chosen;
}

}  // namespace preseason
