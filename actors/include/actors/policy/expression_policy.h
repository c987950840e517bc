// Rules written in the scenario: in order, the first whose condition holds decides.
// Conditions are feature expressions (rules/feature_expression.h) that may also read
// `risk` and the planned session's `planned_minutes`, `planned_rpe`, `planned_intensity`.
#pragma once

#include <mutex>
#include <string>
#include <vector>

#include "actors/policy/policy.h"
#include "actors/rules/feature_expression.h"

namespace preseason {

class ExpressionPolicy final : public Policy {
 public:
  // Throws ExpressionError for a condition that does not compile, std::invalid_argument
  // for an unknown action or a missing or out-of-range scale or cap.
  explicit ExpressionPolicy(const std::vector<PolicyRule>& rules);
  const char* name() const override { return "expression"; }
  Decision decide(const PolicyInput& in) const override;

  // The variables a condition may read besides the record's, in evaluation order.
  static const std::vector<std::string>& extra_variables();
  // Compiles `when` as a condition; throws ExpressionError.
  static FeatureExpression compile(const std::string& when);

 private:
  struct Rule {
    FeatureExpression when;
    PolicyRule spec;
  };

  // Evaluation writes into each expression's variables, and pipelines on several
  // threads share the policy, so one decision evaluates at a time.
  mutable std::mutex mutex_;
  mutable std::vector<Rule> rules_;
};

}  // namespace preseason
