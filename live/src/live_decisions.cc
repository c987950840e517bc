#include "live/live_decisions.h"

#include <filesystem>
#include <iostream>

#include <nlohmann/json.hpp>

#include "actors/season/season_kinds.h"
#include "live/live_scenario.h"

namespace preseason::live {

LiveDecisions::LiveDecisions(const LiveConfig& config, Scenario scenario, const std::string& store_dir)
    : config_(config),
      recording_(config, store_dir, export_options(scenario)),
      decider_(config, std::move(scenario), store_dir),
      book_(store_dir),
      outbox_(store_dir, RetryPolicy{static_cast<Time>(config.outbox.retry_first_ms) * kMillisecond,
                                     static_cast<Time>(config.outbox.retry_longest_ms) * kMillisecond}),
      calendars_((std::filesystem::path(store_dir) / "calendar").string()),
      courier_(outbox_, calendars_),
      warm_up_([this] { prepare(); }) {
  recording_.refresh();
}

LiveDecisions::~LiveDecisions() { warm_up_.join(); }

void LiveDecisions::prepare() {
  std::lock_guard lock(deciding_);
  try {
    decider_.prepare();
  } catch (const std::exception& e) {
    // Only speed is lost: the next decision replays the store itself, and reports the
    // problem if there is one.
    std::cerr << "preseason live: could not prepare decisions: " << e.what() << "\n";
  }
}

bool LiveDecisions::decide(Day day, const std::string& by, Time now) {
  std::lock_guard lock(deciding_);
  if (book_.has_day(day)) return false;
  const DayDecision decision = decider_.decide(day);
  // Actions first: a crash between the two leaves the day undecided, and deciding it
  // again queues nothing twice (keys are idempotent).
  if (outbox_.add(outbox_items(decision, config_.outbox), now) > 0) courier_.wake();
  book_.add_day(decision, by, now);
  recording_.refresh();
  return true;
}

DayDecision LiveDecisions::recompute(Day day) {
  std::lock_guard lock(deciding_);
  return decider_.recompute(day);
}

std::vector<OutboxItem> outbox_items(const DayDecision& day, const OutboxSettings& settings) {
  std::vector<OutboxItem> out;
  for (const DecidedAction& a : day.actions) {
    if (a.status == season::action_status_name(season::ActionStatus::kDeclined)) continue;
    OutboxItem item;
    item.key = a.idempotency_key;
    item.athlete = a.athlete;
    item.day = day.day;
    item.rule = a.rule;
    item.kind = a.kind;
    item.payload = a.payload;
    if (a.kind == "webhook") {
      item.url = nlohmann::json::parse(a.payload).at("settings").value("url", "");
    } else if (const auto it = settings.endpoints.find(a.kind); it != settings.endpoints.end()) {
      item.url = it->second;
    }
    out.push_back(std::move(item));
  }
  return out;
}

}  // namespace preseason::live
