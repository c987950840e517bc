// An automation rule as a scenario states it: a condition over the day's features and
// the predictor's risk, how long it must hold, how often it may fire, who approves it and
// what it does (docs/automation.md).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <boost/serialization/string.hpp>
#include <boost/serialization/vector.hpp>

#include "actors/automation/action_spec.h"

namespace preseason {

// Whose approval a rule's actions wait for before they run.
enum class Approval : std::uint8_t { kNone, kCoach, kPhysio };

// "none", "coach", "physio".
const char* approval_name(Approval a);
std::optional<Approval> approval_named(std::string_view name);
const std::vector<std::string>& approval_names();

struct RuleSpec {
  std::string name;
  // A RuleCondition text, e.g. "acwr_ewma > 1.5 && risk > 0.2".
  std::string when;
  int hold_days = 1;      // consecutive days `when` must hold before the rule fires
  int cooldown_days = 0;  // days after firing on which it cannot fire again
  int priority = 0;       // higher fires first on the same day
  Approval approval = Approval::kNone;
  std::vector<ActionSpec> actions;

  template <class Ar> void serialize(Ar& ar, unsigned) {
    ar & name & when & hold_days & cooldown_days & priority & approval & actions;
  }
};

}  // namespace preseason
