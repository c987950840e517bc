#include <stdexcept>

#include "actors/policy/acwr_band_policy.h"
#include "actors/policy/composite_policy.h"
#include "actors/policy/expression_policy.h"
#include "actors/policy/fixed_policy.h"
#include "actors/policy/hrv_guided_policy.h"
#include "actors/policy/lstm_risk_policy.h"
#include "actors/policy/tsb_target_policy.h"

namespace preseason {

namespace {

std::string join(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : ", ") + w;
  return out;
}

// Reads the spec's parameters, refusing any the policy does not take.
class Params {
 public:
  explicit Params(const PolicySpec& spec) : spec_(spec) {}

  Params& get(const char* key, double& x) {
    known_.push_back(key);
    const auto it = spec_.params.find(key);
    if (it != spec_.params.end()) x = it->second;
    return *this;
  }

  void check(bool ok, const std::string& what) const {
    for (const auto& [key, value] : spec_.params) {
      bool found = false;
      for (const std::string& k : known_) found = found || k == key;
      if (!found) throw std::invalid_argument("policy '" + spec_.name + "' has no parameter '" + key + "'");
    }
    if (!ok) throw std::invalid_argument("policy '" + spec_.name + "' needs " + what);
  }

 private:
  const PolicySpec& spec_;
  std::vector<std::string> known_;
};

std::unique_ptr<Policy> make_composite(const PolicySpec& spec) {
  Params(spec).check(!spec.members.empty(), "at least one member");
  std::vector<std::unique_ptr<Policy>> members;
  for (const PolicySpec& m : spec.members) members.push_back(make_policy(m));
  if (spec.combine != "most_conservative" && spec.combine != "first")
    throw std::invalid_argument("policy 'composite': combine is most_conservative or first, not '" + spec.combine + "'");
  return std::make_unique<CompositePolicy>(
      std::move(members), spec.combine == "first" ? Combine::kFirst : Combine::kMostConservative);
}

}  // namespace

std::unique_ptr<Policy> make_policy(const PolicySpec& spec) {
  const std::string& name = spec.name;
  if (name != "composite" && !spec.members.empty())
    throw std::invalid_argument("policy '" + name + "' takes no members");
  if (name != "expression" && !spec.rules.empty()) throw std::invalid_argument("policy '" + name + "' takes no rules");
  if (name == "fixed") {
    Params(spec).check(true, "");
    return std::make_unique<FixedPolicy>();
  }
  if (name == "acwr_band") {
    AcwrBandParams p;
    Params(spec).get("low", p.low).get("high", p.high).get("max_scale", p.max_scale)
        .check(p.low > 0 && p.low < p.high && p.max_scale >= 1, "0 < low < high and max_scale >= 1");
    return std::make_unique<AcwrBandPolicy>(p);
  }
  if (name == "hrv_guided") {
    HrvGuidedParams p;
    Params(spec).get("swc", p.swc).get("hard_rpe", p.hard_rpe).get("hard_intensity", p.hard_intensity)
        .check(p.swc >= 0 && p.hard_rpe >= 0 && p.hard_intensity >= 0, "swc, hard_rpe and hard_intensity >= 0");
    return std::make_unique<HrvGuidedPolicy>(p);
  }
  if (name == "tsb_target") {
    TsbTargetParams p;
    Params(spec).get("low", p.low).get("high", p.high).get("max_scale", p.max_scale).get("min_scale", p.min_scale)
        .get("rest_below", p.rest_below)
        .check(p.low < p.high && p.max_scale >= 1 && p.min_scale > 0 && p.min_scale <= 1 && p.rest_below >= 0 &&
                   p.rest_below <= p.min_scale,
               "low < high, max_scale >= 1 and 0 <= rest_below <= min_scale <= 1 with min_scale > 0");
    return std::make_unique<TsbTargetPolicy>(p);
  }
  if (name == "lstm_risk") {
    LstmRiskParams p;
    Params(spec).get("threshold", p.threshold).get("scale", p.scale).get("recovery_threshold", p.recovery_threshold)
        .check(p.threshold >= 0 && p.threshold <= p.recovery_threshold && p.recovery_threshold <= 1 && p.scale >= 0 &&
                   p.scale <= 1,
               "0 <= threshold <= recovery_threshold <= 1 and scale in [0, 1]");
    return std::make_unique<LstmRiskPolicy>(p);
  }
  if (name == "composite") return make_composite(spec);
  if (name == "expression") {
    Params(spec).check(!spec.rules.empty(), "at least one rule");
    return std::make_unique<ExpressionPolicy>(spec.rules);
  }
  throw std::invalid_argument("unknown policy '" + name + "' (known: " + join(policy_names()) + ")");
}

}  // namespace preseason
