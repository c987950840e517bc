#include "actors/backtest/risk_score.h"

namespace preseason {

namespace {

RecordVariable lookup(const std::string& spec) {
  const std::string name = !spec.empty() && spec[0] == '-' ? spec.substr(1) : spec;
  if (const auto v = RecordVariable::find(name)) return *v;
  throw std::invalid_argument("unknown score '" + spec + "'; give a feature or input, optionally with a leading '-': " +
                              record_variable_list());
}

}  // namespace

RiskScore::RiskScore(const std::string& spec)
    : spec_(spec), sign_(!spec.empty() && spec[0] == '-' ? -1.0 : 1.0), variable_(lookup(spec)) {}

}  // namespace preseason
