// A load-adjustment policy as a scenario describes it: a built-in name, its numeric
// parameters (missing ones take the policy's defaults), a composite's members and an
// expression policy's rules. make_policy (policy.h) checks it and builds the Policy.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace preseason {

// One rule of the `expression` policy: when `when` holds, do `then`.
struct PolicyRule {
  std::string when;                // muparser over feature names, risk and planned_*
  std::string then = "scale_load";  // scale_load, cap_intensity, recovery or rest
  double scale = 1;                // minutes factor of scale_load
  double cap = 1;                  // intensity ceiling of cap_intensity
  std::string reason;

  bool operator==(const PolicyRule& o) const {
    return when == o.when && then == o.then && scale == o.scale && cap == o.cap && reason == o.reason;
  }
};

struct PolicySpec {
  std::string name = "fixed";
  std::map<std::string, double> params;
  std::string combine = "most_conservative";  // composite: or "first"
  std::vector<PolicySpec> members;            // composite
  std::vector<PolicyRule> rules;              // expression

  bool operator==(const PolicySpec& o) const {
    return name == o.name && params == o.params && combine == o.combine && members == o.members && rules == o.rules;
  }
};

// fixed, acwr_band, hrv_guided, tsb_target, lstm_risk, composite, expression.
const std::vector<std::string>& policy_names();
// What a rule's `then` may say, and what a composite's `combine` may say.
const std::vector<std::string>& rule_actions();
const std::vector<std::string>& combine_modes();

}  // namespace preseason
