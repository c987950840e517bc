#include "actors/policy/lstm_risk_policy.h"

#include <cmath>

#include <fmt/format.h>

#include "actors/policy/session_adjustments.h"

namespace preseason {

Decision LstmRiskPolicy::decide(const PolicyInput& in) const {
  const Session& plan = in.planned;
  if (!adjustable(plan)) return keep(plan);
  if (std::isnan(in.risk)) return keep(plan, "as planned: no prediction");
  const double pct = 100 * in.risk;
  if (in.risk > p_.recovery_threshold)
    return recovery(plan, fmt::format("predicted 7-day risk {:.0f} % above {:.0f} %: recovery session", pct,
                                      100 * p_.recovery_threshold));
  if (in.risk > p_.threshold)
    return scale_load(plan, p_.scale, fmt::format("predicted 7-day risk {:.0f} % above {:.0f} %: load x{:.2f}", pct,
                                                  100 * p_.threshold, p_.scale));
  return keep(plan);
}

}  // namespace preseason
