// One fired action as it leaves the simulation: who, which rule, which day, what to do,
// why, and a key that is the same every time the same action is sent, so a receiver
// can drop repeats (retries, replays of a run).
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include <boost/serialization/map.hpp>
#include <boost/serialization/string.hpp>
#include <nlohmann/json.hpp>

#include "actors/automation/fired_rule.h"

namespace preseason {

struct ActionPayload {
  std::string athlete;  // pseudonymous id, e.g. "a07"
  std::string rule;
  Day day = 0;
  std::size_t action_index = 0;  // position in the rule's action list
  ActionSpec action;
  Approval approval = Approval::kNone;
  std::string reason;
  std::map<std::string, double> evidence;
  std::string idempotency_key;

  // docs/automation.md, "Action JSON"; a missing evidence value is null.
  nlohmann::json to_json() const;

  template <class Ar> void serialize(Ar& ar, unsigned) {
    ar & athlete & rule & day & action_index & action & approval & reason & evidence & idempotency_key;
  }
};

// 32 lowercase hex digits from athlete, rule, day and action index only.
std::string idempotency_key(const std::string& athlete, const std::string& rule, Day day, std::size_t action_index);

// One payload per action of `fired`, in the rule's order.
std::vector<ActionPayload> action_payloads(const std::string& athlete, const FiredRule& fired);

}  // namespace preseason
