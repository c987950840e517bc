// A load-adjustment policy: (athlete state, planned session) -> adjusted session
// with a reason. Stateless and deterministic, so the same policy object serves
// every athlete in simulate, replay and live modes alike.
#pragma once

#include <map>
#include <memory>
#include <string>

#include "actors/policy/decision.h"
#include "actors/policy/policy_input.h"

namespace preseason {

class Policy {
 public:
  virtual ~Policy() = default;
  virtual const char* name() const = 0;
  virtual Decision decide(const PolicyInput& in) const = 0;
};

// Builds a built-in policy by name; throws std::invalid_argument naming an unknown
// policy or parameter.
std::unique_ptr<Policy> make_policy(const std::string& name, const std::map<std::string, double>& params);

}  // namespace preseason
