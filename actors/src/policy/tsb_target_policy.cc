#include "actors/policy/tsb_target_policy.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "actors/policy/session_adjustments.h"

namespace preseason {

namespace {
// Daily weights of CTL and ATL as the feature pipeline computes them (docs/features.md).
const double kCtl = -std::expm1(-1.0 / 42);
const double kAtl = -std::expm1(-1.0 / 7);
}  // namespace

double TsbTargetPolicy::tsb_after(double ctl, double atl, double load) {
  return (ctl + kCtl * (load - ctl)) - (atl + kAtl * (load - atl));
}

double TsbTargetPolicy::load_for_tsb(double ctl, double atl, double target) {
  return ((1 - kCtl) * ctl - (1 - kAtl) * atl - target) / (kAtl - kCtl);
}

Decision TsbTargetPolicy::decide(const PolicyInput& in) const {
  const Session& plan = in.planned;
  const FeatureRecord* f = in.yesterday;
  if (!adjustable(plan) || planned_load(plan) <= 0) return keep(plan);
  if (!f || !f->has(Feature::kCtl) || !f->has(Feature::kAtl)) return keep(plan, "as planned: no training history");
  const double ctl = (*f)[Feature::kCtl];
  const double atl = (*f)[Feature::kAtl];
  const double load = planned_load(plan);
  const double tsb = tsb_after(ctl, atl, load);
  if (tsb >= p_.low && tsb <= p_.high) return keep(plan);

  const double target = tsb < p_.low ? p_.low : p_.high;
  const double needed = load_for_tsb(ctl, atl, target) / load;
  const std::string why = fmt::format("form (TSB) would be {:.0f}, outside [{:.0f}, {:.0f}]", tsb, p_.low, p_.high);
  if (tsb > p_.high) {
    const double scale = std::min(needed, p_.max_scale);
    return scale_load(plan, scale, fmt::format("{}: load x{:.2f}", why, scale));
  }
  if (needed < p_.rest_below) return rest(why + ": rest");
  const double scale = std::max(needed, p_.min_scale);
  return scale_load(plan, scale, fmt::format("{}: load x{:.2f}", why, scale));
}

}  // namespace preseason
