// HRV-guided training (Kiviniemi 2007): when yesterday's 7-day mean ln rMSSD lies below
// the smallest worthwhile change band, base60 - swc * sd60, a hard session becomes a
// recovery session; otherwise the plan stands. Without an HRV baseline the plan stands.
#pragma once

#include "actors/policy/policy.h"

namespace preseason {

struct HrvGuidedParams {
  double swc = 0.5;             // band width in 60-day SDs; 0.5 is the hrv_below_swc feature
  double hard_rpe = 6;          // a session with a target RPE above this is hard ...
  double hard_intensity = 0.5;  // ... and so is one with an intensity above this
};

class HrvGuidedPolicy final : public Policy {
 public:
  explicit HrvGuidedPolicy(const HrvGuidedParams& p) : p_(p) {}
  const char* name() const override { return "hrv_guided"; }
  Decision decide(const PolicyInput& in) const override;

 private:
  HrvGuidedParams p_;
};

}  // namespace preseason
