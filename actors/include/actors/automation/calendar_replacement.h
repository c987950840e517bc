// Which planned sessions a calendar action replaces: the next `sessions` training
// sessions from plan[0] (today) on, skipping rest days and never touching a match.
#pragma once

#include <cstddef>
#include <vector>

#include "actors/automation/action_spec.h"
#include "actors/planner/session_templates.h"

namespace preseason {

// Indices into `plan` (plan[k] is k days from today), ascending; fewer than asked when
// the plan ends first. Empty for an action of another kind.
std::vector<std::size_t> sessions_to_replace(const ActionSpec& action, const std::vector<Session>& plan);

// The session a calendar action puts in place of a planned one.
Session replacement_session(const ActionSpec& action, const SessionTemplates& templates);

}  // namespace preseason
