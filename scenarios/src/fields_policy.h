// Schema of `policy:`: the name, the parameters of that policy (defaults spelled out),
// a composite's `combine` and `members`, an expression policy's `rules`. Parameters
// stay a name -> number map in PolicySpec; each policy's params struct gives their
// names, defaults and checks here, and make_policy checks them again.
#pragma once

#include <map>
#include <string>

#include "actors/policy/acwr_band_policy.h"
#include "actors/policy/expression_policy.h"
#include "actors/policy/hrv_guided_policy.h"
#include "actors/policy/lstm_risk_policy.h"
#include "actors/policy/tsb_target_policy.h"
#include "number_text.h"
#include "value_checks.h"

namespace preseason {

// Only low and high: the schema has never exposed max_scale, which keeps its default.
template <class B> void fields(B& b, AcwrBandParams& p) {
  b.number("low", p.low, kPositive);
  b.number("high", p.high, kPositive);
  b.require(p.high > p.low, "high", expected_found("a value above low (" + number_text(p.low) + ")", number_text(p.high)));
}

template <class B> void fields(B& b, HrvGuidedParams& p) {
  b.number("swc", p.swc, kNonNegative);
  b.number("hard_rpe", p.hard_rpe, kRpe);
  b.number("hard_intensity", p.hard_intensity, kNonNegative);
}

template <class B> void fields(B& b, TsbTargetParams& p) {
  b.number("low", p.low);
  b.number("high", p.high);
  b.require(p.high > p.low, "high", expected_found("a value above low (" + number_text(p.low) + ")", number_text(p.high)));
  b.number("max_scale", p.max_scale, {1, kInfinity, false, "a number >= 1"});
  b.number("min_scale", p.min_scale, {0, 1, true, "a number in (0, 1]"});
  b.number("rest_below", p.rest_below, kNonNegative);
  b.require(p.rest_below <= p.min_scale, "rest_below",
            expected_found("at most min_scale (" + number_text(p.min_scale) + ")", number_text(p.rest_below)));
}

template <class B> void fields(B& b, LstmRiskParams& p) {
  b.number("threshold", p.threshold, kProbability);
  b.number("scale", p.scale, kShare);
  b.number("recovery_threshold", p.recovery_threshold, kProbability);
  b.require(p.recovery_threshold >= p.threshold, "recovery_threshold",
            expected_found("at least threshold (" + number_text(p.threshold) + ")", number_text(p.recovery_threshold)));
}

struct NoPolicyParams {};
template <class B> void fields(B&, NoPolicyParams&) {}

// Copy a params struct from and to PolicySpec::params through the same fields().
struct ParamsFromMap {
  const std::map<std::string, double>& map;
  void number(const char* key, double& x, const NumberCheck& = kAnyNumber) {
    const auto it = map.find(key);
    if (it != map.end()) x = it->second;
  }
  void require(bool, const char*, const std::string&) {}
};

struct ParamsToMap {
  std::map<std::string, double> map;
  void number(const char* key, double& x, const NumberCheck& = kAnyNumber) { map[key] = x; }
  void require(bool, const char*, const std::string&) {}
};

template <class P, class B> void policy_params(B& b, PolicySpec& spec) {
  P p;
  ParamsFromMap from{spec.params};
  fields(from, p);
  b.section("params", p);
  ParamsToMap to;
  fields(to, p);
  spec.params = to.map;
}

template <class B> void fields(B& b, PolicyRule& r) {
  b.text("when", r.when, true);
  std::string problem;
  try {
    ExpressionPolicy::compile(r.when);
  } catch (const ExpressionError& e) {
    problem = e.what();
  }
  b.require(problem.empty(), "when",
            "expected a condition over features, risk and planned_minutes/_rpe/_intensity: " + problem);
  b.choice("then", r.then, rule_actions());
  if (r.then == "scale_load") {
    b.need("scale", "the scale of the load (then: scale_load)");
    b.number("scale", r.scale, kNonNegative);
  }
  if (r.then == "cap_intensity") {
    b.need("cap", "the intensity cap (then: cap_intensity)");
    b.number("cap", r.cap, kNonNegative);
  }
  b.text("reason", r.reason, true);
}

template <class B> void fields(B& b, PolicySpec& p) {
  b.choice("name", p.name, policy_names());
  if (p.name == "acwr_band") {
    policy_params<AcwrBandParams>(b, p);
  } else if (p.name == "hrv_guided") {
    policy_params<HrvGuidedParams>(b, p);
  } else if (p.name == "tsb_target") {
    policy_params<TsbTargetParams>(b, p);
  } else if (p.name == "lstm_risk") {
    policy_params<LstmRiskParams>(b, p);
  } else {
    policy_params<NoPolicyParams>(b, p);
  }
  if (p.name == "composite") {
    b.choice("combine", p.combine, combine_modes());
    b.need("members", "a list of member policies");
    b.list("members", p.members);
    b.require(!p.members.empty(), "members", expected_found("at least one member policy", "none"));
  } else {
    p.combine = PolicySpec{}.combine;
    p.members.clear();
  }
  if (p.name == "expression") {
    b.need("rules", "a list of rules, each with when, then and reason");
    b.list("rules", p.rules);
    b.require(!p.rules.empty(), "rules", expected_found("at least one rule", "none"));
  } else {
    p.rules.clear();
  }
}

}  // namespace preseason
