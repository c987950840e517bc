// A rule that fires on one athlete-day: what it is, why (the values its condition read)
// and what it asks for.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "actors/automation/rule_spec.h"
#include "data/time.h"

namespace preseason {

struct FiredRule {
  std::string rule;
  std::string when;
  int priority = 0;
  Approval approval = Approval::kNone;
  Day day = 0;
  int held_days = 0;  // consecutive days the condition has held, today included
  std::map<std::string, double> evidence;  // variable -> value today, NaN when missing
  std::vector<ActionSpec> actions;

  // "acwr_ewma > 1.5 held for 3 days (acwr_ewma = 1.62)".
  std::string reason() const;
};

}  // namespace preseason
