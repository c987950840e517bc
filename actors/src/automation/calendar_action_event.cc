#include "actors/automation/calendar_action_event.h"

#include <stdexcept>

#include "actors/automation/action_spec.h"
#include "actors/automation/session_text.h"

namespace preseason {

IcalEvent calendar_action_event(const nlohmann::json& action, Day day) {
  try {
    if (action.at("kind") != action_kind_name(ActionKind::kCalendar))
      throw std::invalid_argument("a " + action.at("kind").get<std::string>() + " action is not a calendar action");
    ActionSpec spec;
    spec.kind = ActionKind::kCalendar;
    const nlohmann::json& settings = action.at("settings");
    spec.sessions = settings.at("sessions").get<int>();
    spec.replace_with = settings.at("replace_with") == "rest" ? SessionType::kRest : SessionType::kRecovery;
    const std::string replaced = spec.sessions == 1
                                     ? std::string("the next training session")
                                     : "the next " + std::to_string(spec.sessions) + " training sessions";
    IcalEvent event;
    event.uid = action.at("idempotency_key").get<std::string>();
    event.day = day;
    event.summary = std::string(session_title(spec.replace_with)) + " (replaces " + replaced + ")";
    // The season calendar gives a replaced session's reason the same way (pipeline_automation.cc).
    event.description = spec.summary() + "\nchanged: rule '" + action.at("rule").get<std::string>() +
                        "': " + action.at("reason").get<std::string>();
    return event;
  } catch (const nlohmann::json::exception& e) {
    throw std::invalid_argument(std::string("not a calendar action: ") + e.what());
  }
}

}  // namespace preseason
