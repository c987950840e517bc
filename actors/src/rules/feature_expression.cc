#include "actors/rules/feature_expression.h"

#include <muParser.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>

#include "actors/rules/record_variable.h"

namespace preseason {

namespace {

// muparser's built-in comparisons follow C++, where NaN != x is true. Rules must not fire
// on a value nobody measured, so every operator is redefined with "missing is false".
bool truth(double x) { return !std::isnan(x) && x != 0; }
bool present(double a, double b) { return !std::isnan(a) && !std::isnan(b); }

double op_lt(double a, double b) { return a < b; }
double op_gt(double a, double b) { return a > b; }
double op_le(double a, double b) { return a <= b; }
double op_ge(double a, double b) { return a >= b; }
double op_eq(double a, double b) { return a == b; }
double op_ne(double a, double b) { return present(a, b) && a != b; }
double op_and(double a, double b) { return truth(a) && truth(b); }
double op_or(double a, double b) { return truth(a) || truth(b); }
double op_not(double a) { return !truth(a); }
double op_missing(double a) { return std::isnan(a); }
double op_add(double a, double b) { return a + b; }
double op_sub(double a, double b) { return a - b; }
double op_mul(double a, double b) { return a * b; }
double op_div(double a, double b) { return a / b; }
double op_pow(double a, double b) { return std::pow(a, b); }

// Precedences as muparser's built-ins, so expressions parse as they would there.
void define_operators(mu::Parser& p) {
  p.EnableBuiltInOprt(false);
  p.DefineOprt("||", op_or, mu::prLOR);
  p.DefineOprt("&&", op_and, mu::prLAND);
  p.DefineOprt("<", op_lt, mu::prCMP);
  p.DefineOprt(">", op_gt, mu::prCMP);
  p.DefineOprt("<=", op_le, mu::prCMP);
  p.DefineOprt(">=", op_ge, mu::prCMP);
  p.DefineOprt("==", op_eq, mu::prCMP);
  p.DefineOprt("!=", op_ne, mu::prCMP);
  p.DefineOprt("+", op_add, mu::prADD_SUB);
  p.DefineOprt("-", op_sub, mu::prADD_SUB);
  p.DefineOprt("*", op_mul, mu::prMUL_DIV);
  p.DefineOprt("/", op_div, mu::prMUL_DIV);
  p.DefineOprt("^", op_pow, mu::prPOW, mu::oaRIGHT);
  p.DefineInfixOprt("!", op_not);
  p.DefineFun("missing", op_missing);
}

bool is_name(const std::string& token) {
  if (token.empty()) return false;
  for (char c : token)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_') return false;
  return !std::isdigit(static_cast<unsigned char>(token[0]));
}

// muparser ends most messages with " [found] at position N"; the position is reported apart.
std::string without_position(std::string message) {
  const auto at = message.find(" at position ");
  if (at == std::string::npos) return message;
  message.erase(at);
  const std::string found = " found";
  if (message.size() >= found.size() && message.compare(message.size() - found.size(), found.size(), found) == 0)
    message.erase(message.size() - found.size());
  return message;
}

}  // namespace

ExpressionError::ExpressionError(const std::string& expression, int position, const std::string& problem)
    : std::invalid_argument("'" + expression + "', position " + std::to_string(position) + ": " + problem),
      position_(position) {}

struct FeatureExpression::Compiled {
  mu::Parser parser;
  std::vector<RecordVariable> bound;
  std::array<double, kFeatureCount + kInputCount> values{};
  std::vector<double> extra;  // sized once: muparser keeps pointers into it
};

FeatureExpression::FeatureExpression(std::string text, std::vector<std::string> extra)
    : text_(std::move(text)), compiled_(std::make_unique<Compiled>()) {
  Compiled& c = *compiled_;
  c.bound = RecordVariable::all();
  c.values.fill(std::nan(""));
  c.extra.assign(extra.size(), std::nan(""));
  try {
    define_operators(c.parser);
    for (std::size_t k = 0; k < c.bound.size(); ++k) c.parser.DefineVar(std::string(c.bound[k].name()), &c.values[k]);
    for (std::size_t k = 0; k < extra.size(); ++k) c.parser.DefineVar(extra[k], &c.extra[k]);
    c.parser.SetExpr(text_);
    c.parser.Eval();  // muparser compiles on first evaluation; do it now so errors surface here
    if (c.parser.GetNumResults() != 1)
      throw ExpressionError(text_, 0, "expected one value, got " + std::to_string(c.parser.GetNumResults()));
  } catch (const mu::Parser::exception_type& e) {
    const bool unknown = e.GetCode() == mu::ecUNASSIGNABLE_TOKEN && is_name(e.GetToken());
    // muparser places the end of the expression one past its last character.
    const int position = std::clamp(e.GetPos(), 0, static_cast<int>(text_.size()));
    throw ExpressionError(text_, position, unknown ? "unknown name '" + e.GetToken() + "'" : without_position(e.GetMsg()));
  }
}

FeatureExpression::FeatureExpression(FeatureExpression&&) noexcept = default;
FeatureExpression& FeatureExpression::operator=(FeatureExpression&&) noexcept = default;
FeatureExpression::~FeatureExpression() = default;

std::vector<std::string> FeatureExpression::variables() const {
  std::vector<std::string> names;
  for (const auto& [name, ptr] : compiled_->parser.GetUsedVar()) names.push_back(name);
  return names;
}

double FeatureExpression::evaluate(const FeatureRecord& record, const std::vector<double>& extra) {
  Compiled& c = *compiled_;
  for (std::size_t k = 0; k < c.bound.size(); ++k) c.values[k] = c.bound[k].of(record);
  for (std::size_t k = 0; k < c.extra.size(); ++k) c.extra[k] = k < extra.size() ? extra[k] : std::nan("");
  return c.parser.Eval();
}

bool FeatureExpression::holds(const FeatureRecord& record, const std::vector<double>& extra) {
  return truth(evaluate(record, extra));
}

}  // namespace preseason
