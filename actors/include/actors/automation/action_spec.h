// What a rule does when it fires: one workflow step of a fixed kind with that kind's
// settings. Only the fields of `kind` mean anything; the others keep their defaults.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "actors/athlete/session.h"

namespace preseason {

enum class ActionKind : std::uint8_t { kCalendar, kMeal, kPhysio, kWebhook };

// "calendar", "meal", "physio", "webhook".
const char* action_kind_name(ActionKind k);
std::optional<ActionKind> action_kind_named(std::string_view name);
const std::vector<std::string>& action_kind_names();

struct ActionSpec {
  ActionKind kind = ActionKind::kPhysio;

  // calendar: the next `sessions` training sessions (never a match) become `replace_with`,
  // which is kRecovery or kRest.
  int sessions = 1;
  SessionType replace_with = SessionType::kRecovery;

  // meal: a signal to the meal service for `days` days, e.g. +10 % energy and 2 g/kg extra
  // carbohydrate.
  double energy_percent = 10;
  double carbohydrate_g_per_kg = 0;
  int days = 1;

  // physio: the notification's text.
  std::string message = "please check this athlete";

  // webhook: an http:// URL the action's JSON is posted to.
  std::string url;

  // This kind's settings only, e.g. {"sessions": 2, "replace_with": "recovery"}.
  nlohmann::json settings() const;
  // One line for audit trails, e.g. "calendar: next 2 training sessions -> recovery".
  std::string summary() const;

  template <class Ar> void serialize(Ar& ar, unsigned) {
    ar & kind & sessions & replace_with & energy_percent & carbohydrate_g_per_kg & days & message & url;
  }
};

// "recovery" or "rest": the session types a calendar action may put in.
const std::vector<std::string>& replacement_names();

}  // namespace preseason
