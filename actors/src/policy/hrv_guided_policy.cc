#include "actors/policy/hrv_guided_policy.h"

#include <fmt/format.h>

#include "actors/policy/session_adjustments.h"

namespace preseason {

Decision HrvGuidedPolicy::decide(const PolicyInput& in) const {
  const Session& plan = in.planned;
  if (!adjustable(plan)) return keep(plan);
  const FeatureRecord* f = in.yesterday;
  if (!f || !f->has(Feature::kHrv7) || !f->has(Feature::kHrvBase60) || !f->has(Feature::kHrvSd60))
    return keep(plan, "as planned: no HRV baseline");
  const double floor = (*f)[Feature::kHrvBase60] - p_.swc * (*f)[Feature::kHrvSd60];
  const double hrv7 = (*f)[Feature::kHrv7];
  if (hrv7 >= floor) return keep(plan);
  if (plan.rpe <= p_.hard_rpe && plan.intensity <= p_.hard_intensity)
    return keep(plan, "as planned: HRV below its usual range, but the session is already easy");
  return recovery(plan, fmt::format("HRV 7-day mean {:.2f} below its usual range (from {:.2f}): easy day", hrv7, floor));
}

}  // namespace preseason
