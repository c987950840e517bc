// A condition or formula over one athlete-day's features, e.g. "acwr_ewma > 1.5 ||
// sleep_debt7 > 5", compiled once and evaluated per FeatureRecord. A missing value is
// false in every comparison and truth test (docs/backtest.md, "Rule expressions").
#pragma once

#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "actors/features/feature_record.h"

namespace preseason {

// A syntax error or unknown name; what() names the expression and the 0-based position.
class ExpressionError : public std::invalid_argument {
 public:
  ExpressionError(const std::string& expression, int position, const std::string& problem);
  int position() const { return position_; }

 private:
  int position_;
};

class FeatureExpression {
 public:
  // Throws ExpressionError. `extra` names variables beyond the record's (a policy's
  // `risk`, say) whose values evaluate() is given in the same order.
  explicit FeatureExpression(std::string text, std::vector<std::string> extra = {});
  FeatureExpression(FeatureExpression&&) noexcept;
  FeatureExpression& operator=(FeatureExpression&&) noexcept;
  ~FeatureExpression();

  const std::string& text() const { return text_; }
  // The feature and input names the expression reads, sorted.
  std::vector<std::string> variables() const;

  // The value for `record`; NaN when arithmetic reached a missing value. Not thread-safe:
  // evaluation writes the record into the compiled expression's variables.
  double evaluate(const FeatureRecord& record, const std::vector<double>& extra = {});
  // The expression as a condition: true only for a number other than 0 (never for NaN).
  bool holds(const FeatureRecord& record, const std::vector<double>& extra = {});

 private:
  struct Compiled;

  std::string text_;
  std::unique_ptr<Compiled> compiled_;
};

}  // namespace preseason
