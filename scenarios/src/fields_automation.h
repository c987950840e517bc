// Schema of `rules:` (automation rules and their actions) and `coach:` (the simulated
// coach), mirroring RuleSpec, ActionSpec and CoachParams (docs/automation.md). A rule's
// `when` is compiled while loading, so a bad condition fails with the file and line.
#pragma once

#include <limits>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "actors/automation/rule_condition.h"
#include "actors/automation/rule_spec.h"
#include "actors/automation/webhook_client.h"
#include "actors/coach/coach_params.h"
#include "value_checks.h"

namespace preseason {

inline constexpr IntegerCheck kPriority{std::numeric_limits<int>::min(), std::numeric_limits<int>::max(),
                                        "an integer"};
inline constexpr NumberCheck kEnergyPercent{-100, 100, false, "a percentage in [-100, 100]"};

// An enum field, read and written as one of its names.
template <class B, class E, class Name, class Named>
void named(B& b, const char* key, E& x, const std::vector<std::string>& names, Name name, Named named_as) {
  std::string text = name(x);
  b.choice(key, text, names);
  x = *named_as(text);
}

template <class B> void flag(B& b, const char* key, bool& x) {
  static const std::vector<std::string> names = {"true", "false"};
  std::string text = x ? "true" : "false";
  b.choice(key, text, names);
  x = text == "true";
}

inline std::string replacement_name(SessionType t) { return t == SessionType::kRest ? "rest" : "recovery"; }
inline std::optional<SessionType> replacement_named(const std::string& name) {
  return name == "rest" ? SessionType::kRest : SessionType::kRecovery;
}

// "" when `when` compiles, else what is wrong with it.
inline std::string condition_problem(const std::string& when) {
  try {
    RuleCondition condition(when);
  } catch (const ExpressionError& e) {
    return e.what();
  }
  return "";
}

inline std::string url_problem(const std::string& url) {
  try {
    parse_webhook_url(url);
  } catch (const std::invalid_argument& e) {
    return e.what();
  }
  return "";
}

template <class B> void fields(B& b, ActionSpec& a) {
  b.need("kind", "one of calendar, meal, physio, webhook");
  named(b, "kind", a.kind, action_kind_names(), action_kind_name, action_kind_named);
  switch (a.kind) {
    case ActionKind::kCalendar:
      b.integer("sessions", a.sessions, kPositiveCount);
      named(b, "replace_with", a.replace_with, replacement_names(), replacement_name, replacement_named);
      break;
    case ActionKind::kMeal:
      b.number("energy_percent", a.energy_percent, kEnergyPercent);
      b.number("carbohydrate_g_per_kg", a.carbohydrate_g_per_kg, kNonNegative);
      b.integer("days", a.days, kPositiveCount);
      b.require(a.energy_percent != 0 || a.carbohydrate_g_per_kg > 0, "energy_percent",
                expected_found("a change in energy or extra carbohydrate", "neither"));
      break;
    case ActionKind::kPhysio:
      b.text("message", a.message);
      b.require(!a.message.empty(), "message", expected_found("a message", "an empty one"));
      break;
    case ActionKind::kWebhook: {
      b.need("url", "an http:// URL");
      b.text("url", a.url);
      const std::string problem = url_problem(a.url);
      b.require(problem.empty(), "url", "expected http://host[:port]/path: " + problem);
      break;
    }
  }
}

template <class B> void fields(B& b, RuleSpec& r) {
  b.text("name", r.name, true);
  b.need("when", "a condition such as 'acwr_ewma > 1.5'");
  b.text("when", r.when);
  const std::string problem = condition_problem(r.when);
  b.require(problem.empty(), "when", "expected a condition over features, inputs and risk: " + problem);
  b.integer("hold_days", r.hold_days, kPositiveCount);
  b.integer("cooldown_days", r.cooldown_days, kCount);
  b.integer("priority", r.priority, kPriority);
  named(b, "approval", r.approval, approval_names(), approval_name, approval_named);
  b.need("actions", "a list of actions");
  b.list("actions", r.actions);
  b.require(!r.actions.empty(), "actions", expected_found("at least one action", "none"));
}

// Names key firings and idempotency keys, so no two rules may share one.
template <class B> void rule_fields(B& b, std::vector<RuleSpec>& rules) {
  b.list("rules", rules);
  std::set<std::string> seen;
  std::string repeated;
  for (const RuleSpec& r : rules)
    if (!seen.insert(r.name).second && repeated.empty()) repeated = r.name;
  b.require(repeated.empty(), "rules", expected_found("rules with distinct names", "'" + repeated + "' twice"));
}

template <class B> void fields(B& b, CoachParams& c) {
  b.number("acceptance", c.acceptance, kProbability);
  b.group("vetoes", [&](auto& g) {
    std::vector<Veto> chosen;
    for (Veto v : all_vetoes()) {
      bool on = c.has(v);
      flag(g, veto_name(v), on);
      if (on) chosen.push_back(v);
    }
    c.vetoes = chosen;
  });
  b.text("override_reason", c.override_reason);
  b.require(!c.override_reason.empty(), "override_reason", expected_found("a reason", "an empty one"));
}

}  // namespace preseason
