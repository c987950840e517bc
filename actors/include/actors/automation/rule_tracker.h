// One athlete's automation rules over the season: each day's FeatureRecord and risk go
// in, the rules that fire that day come out, highest priority first. Serializable state.
//
// A rule fires on a day when its condition has held on `hold_days` consecutive days up to
// and including that day and the day is past its cooldown (`cooldown_days` days after the
// last firing). Firing does not reset the streak: a condition that keeps holding fires
// again on the first day after the cooldown. A day on which the condition does not hold,
// including one where it reads a missing value (NaN, which is false), breaks the streak,
// and so does a day without a record (days must be consecutive to count as a streak).
#pragma once

#include <cstdint>
#include <limits>
#include <stdexcept>
#include <vector>

#include <boost/serialization/vector.hpp>

#include "actors/automation/fired_rule.h"
#include "actors/automation/rule_condition.h"
#include "actors/automation/rule_spec.h"

namespace preseason {

class RuleTracker {
 public:
  // Throws ExpressionError for a condition that does not compile.
  explicit RuleTracker(std::vector<RuleSpec> rules);

  const std::vector<RuleSpec>& rules() const { return rules_; }

  // Days must increase from call to call (std::invalid_argument otherwise). `risk` is NaN
  // when the predictor has nothing for the day. Equal priorities keep the rules' order.
  std::vector<FiredRule> update(const FeatureRecord& record, double risk);

  // The rule list is not archived: restore into a tracker built from the same rules.
  template <class Ar> void serialize(Ar& ar, unsigned) {
    ar & last_day_ & states_;
    if (states_.size() != rules_.size())
      throw std::runtime_error("rule tracker state for " + std::to_string(states_.size()) + " rules, tracker has " +
                               std::to_string(rules_.size()));
  }

 private:
  static constexpr Day kNoDay = std::numeric_limits<Day>::min();

  struct State {
    int streak = 0;
    Day cooldown_until = kNoDay;  // may fire again only on later days

    template <class Ar> void serialize(Ar& ar, unsigned) { ar & streak & cooldown_until; }
  };

  std::vector<RuleSpec> rules_;
  std::vector<RuleCondition> conditions_;
  std::vector<State> states_;
  Day last_day_ = kNoDay;
};

}  // namespace preseason
