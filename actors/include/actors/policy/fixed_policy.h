// The control policy: always do the plan.
#pragma once

#include "actors/policy/policy.h"

namespace preseason {

class FixedPolicy final : public Policy {
 public:
  const char* name() const override { return "fixed"; }
  Decision decide(const PolicyInput& in) const override;
};

}  // namespace preseason
