// Keeps form, the training stress balance TSB = CTL - ATL (42- and 7-day, session-RPE
// AU/day), inside [low, high]: a training session that would leave tomorrow's TSB below
// `low` is shortened to the load that lands on it (never below `min_scale` of the plan,
// rest when less than `rest_below` would do); one that would leave it above `high` is
// lengthened towards it, up to `max_scale`.
#pragma once

#include "actors/policy/policy.h"

namespace preseason {

struct TsbTargetParams {
  double low = -100;
  double high = 100;
  double max_scale = 1.25;
  double min_scale = 0.5;
  double rest_below = 0.1;  // at most min_scale
};

class TsbTargetPolicy final : public Policy {
 public:
  explicit TsbTargetPolicy(const TsbTargetParams& p) : p_(p) {}
  const char* name() const override { return "tsb_target"; }
  Decision decide(const PolicyInput& in) const override;

  // TSB after a day with `load`, from CTL and ATL after the day before.
  static double tsb_after(double ctl, double atl, double load);
  // The load today that makes tomorrow's TSB equal `target` (may be negative).
  static double load_for_tsb(double ctl, double atl, double target);

 private:
  TsbTargetParams p_;
};

}  // namespace preseason
