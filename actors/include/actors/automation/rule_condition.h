// A rule's `when`: a FeatureExpression (docs/backtest.md, "Rule expressions", missing is
// false) that may also read `risk`, the predictor's probability of the day, NaN when absent.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "actors/features/feature_record.h"
#include "actors/rules/feature_expression.h"

namespace preseason {

class RuleCondition {
 public:
  // Throws ExpressionError naming `text` and the 0-based position in it.
  explicit RuleCondition(std::string text);

  const std::string& text() const { return text_; }
  // The names the condition reads, sorted; "risk" among them when it reads the risk.
  const std::vector<std::string>& variables() const { return variables_; }

  // True only for a value other than 0; a missing value is false (never NaN-true).
  bool holds(const FeatureRecord& record, double risk);
  // The value of each variable the condition reads, NaN when missing: a firing's evidence.
  std::map<std::string, double> evidence(const FeatureRecord& record, double risk) const;

 private:
  std::string text_;
  FeatureExpression expression_;
  std::vector<std::string> variables_;
};

}  // namespace preseason
