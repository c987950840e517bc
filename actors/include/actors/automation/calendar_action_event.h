// A calendar action, from its Action JSON (docs/automation.md), as a whole-day event of the
// athlete's calendar: its idempotency key as UID, so delivering it again replaces the
// event, and the change in the season calendar's words.
#pragma once

#include <nlohmann/json.hpp>

#include "actors/automation/ical_calendar.h"

namespace preseason {

// On `day`, the day the action takes effect (its `day` is the day the rule fired on, whose
// actions are carried out the morning after). SUMMARY e.g. "Recovery (replaces the next 2
// training sessions)"; DESCRIPTION the action ("calendar: next 2 training sessions ->
// recovery") and "changed: rule '<rule>': <reason>". Throws std::invalid_argument for JSON
// that is not a calendar action.
IcalEvent calendar_action_event(const nlohmann::json& action, Day day);

}  // namespace preseason
