// Keeps the EWMA acute:chronic workload ratio (λ = 2/8 and 2/29, Williams 2017)
// inside [low, high]: a training session that would push tomorrow's ratio above
// `high` is shortened to the load that lands exactly on it, and one that would
// leave it below `low` is lengthened, up to `max_scale` times the plan. Matches
// are never changed; the coach picks the team.
#pragma once

#include "actors/policy/policy.h"

namespace preseason {

struct AcwrBandParams {
  double low = 0.8;
  double high = 1.3;
  double max_scale = 1.25;
};

class AcwrBandPolicy final : public Policy {
 public:
  explicit AcwrBandPolicy(const AcwrBandParams& p) : p_(p) {}
  const char* name() const override { return "acwr_band"; }
  Decision decide(const PolicyInput& in) const override;

  // The session-RPE load today that makes the ratio after today equal `target`,
  // given the acute and chronic EWMAs after yesterday (never negative).
  static double load_for_ratio(double acute, double chronic, double target);

 private:
  AcwrBandParams p_;
};

}  // namespace preseason
