#include "live/outbox.h"

#include <algorithm>
#include <filesystem>

#include <nlohmann/json.hpp>

namespace preseason::live {

using nlohmann::json;

Destination destination(const OutboxItem& item) {
  if (!item.url.empty()) return Destination::kPost;
  return item.kind == "calendar" ? Destination::kCalendarFile : Destination::kNowhere;
}

Outbox::Outbox(const std::string& store_dir, RetryPolicy retry)
    : retry_(retry),
      log_((std::filesystem::path(store_dir) / "outbox.wal").string(),
           [this](const std::string& record) { apply(record); }) {}

void Outbox::apply(const std::string& payload) {
  const json j = json::parse(payload);
  if (j.at("type") == "queued") {
    OutboxItem item;
    item.key = j.at("key").get<std::string>();
    item.athlete = j.at("athlete").get<std::string>();
    item.day = parse_date(j.at("date").get<std::string>());
    item.rule = j.at("rule").get<std::string>();
    item.kind = j.at("kind").get<std::string>();
    item.url = j.at("url").get<std::string>();
    item.payload = j.at("payload").get<std::string>();
    item.next_attempt = j.at("at").get<Time>();
    items_.push_back(std::move(item));
    return;
  }
  const std::string key = j.at("key").get<std::string>();
  const auto it = std::find_if(items_.begin(), items_.end(), [&](const OutboxItem& i) { return i.key == key; });
  if (it == items_.end()) throw std::runtime_error("an attempt on unknown action " + key);
  it->attempts++;
  it->delivered = j.at("delivered").get<bool>();
  it->last_error = j.at("error").get<std::string>();
  // Backoff doubles from `first` up to `longest`, counted from the attempt.
  Time wait = retry_.first;
  for (int k = 1; k < it->attempts && wait < retry_.longest; ++k) wait *= 2;
  it->next_attempt = j.at("at").get<Time>() + std::min(wait, retry_.longest);
}

std::size_t Outbox::add(const std::vector<OutboxItem>& items, Time now) {
  std::lock_guard lock(mutex_);
  std::size_t added = 0;
  for (const OutboxItem& item : items) {
    const bool known = std::any_of(items_.begin(), items_.end(), [&](const OutboxItem& i) { return i.key == item.key; });
    if (known) continue;
    const std::string record = json{{"type", "queued"}, {"key", item.key}, {"athlete", item.athlete},
                                    {"date", format_date(item.day)}, {"rule", item.rule}, {"kind", item.kind},
                                    {"url", item.url}, {"payload", item.payload}, {"at", now}}
                                   .dump();
    log_.append(record);
    ++added;
  }
  return added;
}

std::vector<OutboxItem> Outbox::due(Time now) const {
  std::lock_guard lock(mutex_);
  std::vector<OutboxItem> out;
  for (const OutboxItem& i : items_)
    if (!i.delivered && destination(i) != Destination::kNowhere && i.next_attempt <= now) out.push_back(i);
  return out;
}

std::optional<Time> Outbox::next_due() const {
  std::lock_guard lock(mutex_);
  std::optional<Time> next;
  for (const OutboxItem& i : items_)
    if (!i.delivered && destination(i) != Destination::kNowhere)
      next = std::min(next.value_or(i.next_attempt), i.next_attempt);
  return next;
}

void Outbox::record_attempt(const std::string& key, bool delivered, const std::string& error, Time now) {
  std::lock_guard lock(mutex_);
  const std::string record =
      json{{"type", "attempt"}, {"key", key}, {"delivered", delivered}, {"error", error}, {"at", now}}.dump();
  log_.append(record);
}

std::vector<OutboxItem> Outbox::items(std::optional<Day> day) const {
  std::lock_guard lock(mutex_);
  std::vector<OutboxItem> out;
  for (const OutboxItem& i : items_)
    if (!day || i.day == *day) out.push_back(i);
  return out;
}

}  // namespace preseason::live
