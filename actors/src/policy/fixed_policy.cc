#include "actors/policy/fixed_policy.h"

namespace preseason {

Decision FixedPolicy::decide(const PolicyInput& in) const {
  return Decision{in.planned, Adjustment::kKeep, "as planned"};
}

}  // namespace preseason
