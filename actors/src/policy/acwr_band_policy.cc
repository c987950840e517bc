#include "actors/policy/acwr_band_policy.h"

#include <algorithm>
#include <fmt/format.h>

namespace preseason {

namespace {
constexpr double kAcute = 2.0 / 8.0;
constexpr double kChronic = 2.0 / 29.0;
}  // namespace

double AcwrBandPolicy::load_for_ratio(double acute, double chronic, double target) {
  // Solve (a + λa(L − a)) / (c + λc(L − c)) = target for L.
  const double denominator = kAcute - target * kChronic;
  if (denominator <= 0) return 0;
  const double load = (target * chronic * (1 - kChronic) - acute * (1 - kAcute)) / denominator;
  return std::max(0.0, load);
}

Decision AcwrBandPolicy::decide(const PolicyInput& in) const {
  const Session& plan = in.planned;
  if (plan.is_rest() || plan.is_match() || !in.yesterday || !in.yesterday->has(Feature::kEwmaChronic) ||
      (*in.yesterday)[Feature::kEwmaChronic] <= 0)
    return Decision{plan, Adjustment::kKeep, "as planned"};

  const double acute = (*in.yesterday)[Feature::kEwmaAcute];
  const double chronic = (*in.yesterday)[Feature::kEwmaChronic];
  const double planned_load = plan.minutes * plan.rpe;
  const double ratio = (acute + kAcute * (planned_load - acute)) / (chronic + kChronic * (planned_load - chronic));
  double target;
  if (ratio > p_.high) {
    target = p_.high;
  } else if (ratio < p_.low) {
    target = p_.low;
  } else {
    return Decision{plan, Adjustment::kKeep, "as planned"};
  }
  const double load = load_for_ratio(acute, chronic, target);
  const double scale = std::min(p_.max_scale, planned_load > 0 ? load / planned_load : 1.0);
  Decision d{plan, Adjustment::kScaleLoad, {}};
  d.session.minutes = plan.minutes * scale;
  if (d.session.minutes < 1) {
    d.session = Session{};
    d.adjustment = Adjustment::kRest;
  }
  d.reason = fmt::format("EWMA ACWR would be {:.2f}, outside [{:.2f}, {:.2f}]: load x{:.2f}", ratio, p_.low, p_.high,
                         scale);
  return d;
}

}  // namespace preseason
