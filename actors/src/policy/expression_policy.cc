#include "actors/policy/expression_policy.h"

#include <cmath>
#include <stdexcept>

#include "actors/policy/session_adjustments.h"

namespace preseason {

namespace {

const FeatureRecord& nothing_known() {
  static const FeatureRecord r = [] {
    FeatureRecord x;
    x.values.fill(std::nan(""));
    x.inputs.fill(std::nan(""));
    return x;
  }();
  return r;
}

}  // namespace

const std::vector<std::string>& ExpressionPolicy::extra_variables() {
  static const std::vector<std::string> names = {"risk", "planned_minutes", "planned_rpe", "planned_intensity"};
  return names;
}

FeatureExpression ExpressionPolicy::compile(const std::string& when) {
  return FeatureExpression(when, extra_variables());
}

ExpressionPolicy::ExpressionPolicy(const std::vector<PolicyRule>& rules) {
  for (std::size_t i = 0; i < rules.size(); ++i) {
    const PolicyRule& r = rules[i];
    const std::string where = "expression policy, rule " + std::to_string(i + 1) + ": ";
    if (r.then == "scale_load" && !(r.scale >= 0 && std::isfinite(r.scale)))
      throw std::invalid_argument(where + "scale_load needs a scale >= 0");
    if (r.then == "cap_intensity" && !(r.cap >= 0 && std::isfinite(r.cap)))
      throw std::invalid_argument(where + "cap_intensity needs a cap >= 0");
    if (r.then != "scale_load" && r.then != "cap_intensity" && r.then != "recovery" && r.then != "rest")
      throw std::invalid_argument(where + "unknown action '" + r.then + "'");
    rules_.push_back({compile(r.when), r});
  }
}

Decision ExpressionPolicy::decide(const PolicyInput& in) const {
  const Session& plan = in.planned;
  if (!adjustable(plan)) return keep(plan);
  const FeatureRecord& record = in.yesterday ? *in.yesterday : nothing_known();
  const std::vector<double> extra = {in.risk, plan.minutes, plan.rpe, plan.intensity};
  std::lock_guard<std::mutex> lock(mutex_);
  for (Rule& rule : rules_) {
    if (!rule.when.holds(record, extra)) continue;
    const PolicyRule& r = rule.spec;
    if (r.then == "scale_load") return scale_load(plan, r.scale, r.reason);
    if (r.then == "cap_intensity") return cap_intensity(plan, r.cap, r.reason);
    if (r.then == "recovery") return recovery(plan, r.reason);
    return rest(r.reason);
  }
  return keep(plan);
}

}  // namespace preseason
