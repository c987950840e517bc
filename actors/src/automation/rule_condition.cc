#include "actors/automation/rule_condition.h"

#include "actors/rules/record_variable.h"

namespace preseason {

namespace {

const std::string kRisk = "risk";

}  // namespace

RuleCondition::RuleCondition(std::string text)
    : text_(std::move(text)), expression_(text_, {kRisk}), variables_(expression_.variables()) {}

bool RuleCondition::holds(const FeatureRecord& record, double risk) { return expression_.holds(record, {risk}); }

std::map<std::string, double> RuleCondition::evidence(const FeatureRecord& record, double risk) const {
  std::map<std::string, double> values;
  for (const std::string& name : variables_)
    values[name] = name == kRisk ? risk : RecordVariable::find(name)->of(record);
  return values;
}

}  // namespace preseason
