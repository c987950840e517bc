// A load-adjustment policy: (athlete state, planned session) -> adjusted session
// with a reason. Stateless and deterministic, so the same policy object serves
// every athlete in simulate, replay and live modes alike.
#pragma once

#include <memory>

#include "actors/policy/decision.h"
#include "actors/policy/policy_input.h"
#include "actors/policy/policy_spec.h"

namespace preseason {

class Policy {
 public:
  virtual ~Policy() = default;
  virtual const char* name() const = 0;
  virtual Decision decide(const PolicyInput& in) const = 0;
};

// Builds the policy a spec describes, members and rules included; throws
// std::invalid_argument naming an unknown policy, parameter or variable, a value out
// of range or an expression that does not compile.
std::unique_ptr<Policy> make_policy(const PolicySpec& spec);

}  // namespace preseason
