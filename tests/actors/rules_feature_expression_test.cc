#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "actors/rules/feature_expression.h"

namespace preseason {
namespace {

FeatureRecord record() {
  FeatureRecord r;
  r.values.fill(std::nan(""));
  r.inputs.fill(std::nan(""));
  r.values[index(Feature::kAcwrEwma)] = 1.6;
  r.values[index(Feature::kSleepDebt7)] = 3.0;
  r.inputs[index(Input::kSleepH)] = 6.5;
  return r;  // hrv_z and everything else missing
}

double eval(const std::string& text) { return FeatureExpression(text).evaluate(record()); }
bool holds(const std::string& text) { return FeatureExpression(text).holds(record()); }

TEST(RulesFeatureExpression, ReadsFeaturesAndInputsByName) {
  EXPECT_DOUBLE_EQ(eval("acwr_ewma"), 1.6);
  EXPECT_DOUBLE_EQ(eval("2 * sleep_debt7 + sleep_h"), 12.5);
  EXPECT_DOUBLE_EQ(eval("-sleep_debt7^2"), -9.0);
  EXPECT_TRUE(holds("acwr_ewma > 1.5 || sleep_debt7 > 5"));
  EXPECT_FALSE(holds("acwr_ewma > 1.5 && sleep_debt7 > 5"));
  EXPECT_TRUE(holds("sleep_h < 7 && (acwr_ewma >= 1.6)"));
}

TEST(RulesFeatureExpression, CompiledOnceEvaluatedPerRecord) {
  FeatureExpression rule("acwr_ewma > 1.5");
  FeatureRecord r = record();
  EXPECT_TRUE(rule.holds(r));
  r.values[index(Feature::kAcwrEwma)] = 1.2;
  EXPECT_FALSE(rule.holds(r));
  FeatureExpression moved = std::move(rule);
  r.values[index(Feature::kAcwrEwma)] = 2.0;
  EXPECT_TRUE(moved.holds(r));
}

TEST(RulesFeatureExpression, EveryComparisonWithAMissingValueIsFalse) {
  for (const char* op : {"<", ">", "<=", ">=", "==", "!="}) {
    EXPECT_DOUBLE_EQ(eval(std::string("hrv_z ") + op + " 0"), 0.0) << op;
    EXPECT_DOUBLE_EQ(eval(std::string("0 ") + op + " hrv_z"), 0.0) << op;
  }
  EXPECT_DOUBLE_EQ(eval("hrv_z != hrv_z"), 0.0);
}

TEST(RulesFeatureExpression, NegationAppliesToTheComparisonResult) {
  // A missing value fails the comparison, so its negation holds: write hrv_z >= -1
  // rather than !(hrv_z < -1) when the value must be present.
  EXPECT_TRUE(holds("!(hrv_z < -1)"));
  EXPECT_FALSE(holds("hrv_z >= -1"));
  EXPECT_FALSE(holds("!(acwr_ewma > 1.5)"));
}

TEST(RulesFeatureExpression, MissingIsFalseAsATruthValue) {
  EXPECT_TRUE(std::isnan(eval("hrv_z + 1")));
  EXPECT_FALSE(holds("hrv_z"));
  EXPECT_FALSE(holds("hrv_z + 1"));
  EXPECT_TRUE(holds("!hrv_z"));
  EXPECT_FALSE(holds("hrv_z && 1"));
  EXPECT_TRUE(holds("hrv_z || 1"));
  EXPECT_FALSE(holds("0"));
  EXPECT_TRUE(holds("missing(hrv_z) && !missing(acwr_ewma)"));
}

TEST(RulesFeatureExpression, TernaryTakesAMissingConditionAsGiven) {
  // Documented: muparser's ?: tests "not 0", so a bare missing condition picks the first arm.
  EXPECT_DOUBLE_EQ(eval("hrv_z ? 1 : 2"), 1.0);
  EXPECT_DOUBLE_EQ(eval("hrv_z > 0 ? 1 : 2"), 2.0);
}

TEST(RulesFeatureExpression, ListsTheNamesItReads) {
  EXPECT_EQ(FeatureExpression("sleep_debt7 > 5 || acwr_ewma > 1.5 || acwr_ewma < 0.8").variables(),
            (std::vector<std::string>{"acwr_ewma", "sleep_debt7"}));
}

std::string error_of(const std::string& text) {
  try {
    FeatureExpression e(text);
  } catch (const ExpressionError& e) {
    return e.what();
  }
  return "no error";
}

TEST(RulesFeatureExpression, UnknownNameNamesExpressionAndPosition) {
  EXPECT_EQ(error_of("acwr_ewma > 1.5 || acwr > 2"), "'acwr_ewma > 1.5 || acwr > 2', position 19: unknown name 'acwr'");
}

TEST(RulesFeatureExpression, SyntaxErrorsNameExpressionAndPosition) {
  const std::string dangling = error_of("acwr_ewma >");
  EXPECT_EQ(dangling, "'acwr_ewma >', position 11: Unexpected end of expression");
  EXPECT_NE(error_of("(acwr_ewma > 1"), "no error");
  EXPECT_NE(error_of(""), "no error");
  EXPECT_NE(error_of("acwr_ewma, hrv_z"), "no error");
  try {
    FeatureExpression e("sleep_debt7 >> 1");
    FAIL();
  } catch (const ExpressionError& e) {
    EXPECT_EQ(e.position(), 13);
  }
}

}  // namespace
}  // namespace preseason
