#include "actors/automation/action_spec.h"

namespace preseason {

namespace {

// Shortest text that reads back as the same double, as in the JSON.
std::string number(double x) { return nlohmann::json(x).dump(); }

}  // namespace

const char* action_kind_name(ActionKind k) {
  switch (k) {
    case ActionKind::kCalendar: return "calendar";
    case ActionKind::kMeal: return "meal";
    case ActionKind::kPhysio: return "physio";
    case ActionKind::kWebhook: return "webhook";
  }
  return "?";
}

const std::vector<std::string>& action_kind_names() {
  static const std::vector<std::string> names = {"calendar", "meal", "physio", "webhook"};
  return names;
}

std::optional<ActionKind> action_kind_named(std::string_view name) {
  for (ActionKind k : {ActionKind::kCalendar, ActionKind::kMeal, ActionKind::kPhysio, ActionKind::kWebhook})
    if (name == action_kind_name(k)) return k;
  return std::nullopt;
}

const std::vector<std::string>& replacement_names() {
  static const std::vector<std::string> names = {"recovery", "rest"};
  return names;
}

nlohmann::json ActionSpec::settings() const {
  switch (kind) {
    case ActionKind::kCalendar:
      return {{"sessions", sessions}, {"replace_with", replace_with == SessionType::kRest ? "rest" : "recovery"}};
    case ActionKind::kMeal:
      return {{"energy_percent", energy_percent}, {"carbohydrate_g_per_kg", carbohydrate_g_per_kg}, {"days", days}};
    case ActionKind::kPhysio: return {{"message", message}};
    case ActionKind::kWebhook: return {{"url", url}};
  }
  return nlohmann::json::object();
}

std::string ActionSpec::summary() const {
  switch (kind) {
    case ActionKind::kCalendar:
      return std::string("calendar: next ") + std::to_string(sessions) + " training session" +
             (sessions == 1 ? "" : "s") + " -> " + (replace_with == SessionType::kRest ? "rest" : "recovery");
    case ActionKind::kMeal:
      return "meal: energy " + std::string(energy_percent >= 0 ? "+" : "") + number(energy_percent) + " %, +" +
             number(carbohydrate_g_per_kg) + " g/kg carbohydrate for " + std::to_string(days) + " day" +
             (days == 1 ? "" : "s");
    case ActionKind::kPhysio: return "physio: " + message;
    case ActionKind::kWebhook: return "webhook: " + url;
  }
  return "?";
}

}  // namespace preseason
