// The persistent queue of actions to the outside: each action is queued once (by its
// idempotency key) and attempted until a 2xx answer, with exponential backoff. Queued
// actions and every attempt are records of STORE/outbox.wal, so a restart resumes the
// deliveries where they stood. Thread-safe.
#pragma once

#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "data/time.h"
#include "live/record_log.h"

namespace preseason::live {

struct OutboxItem {
  std::string key;  // the action's idempotency key
  std::string athlete;
  Day day = 0;
  std::string rule, kind;
  std::string url;      // where it is POSTed; empty when nothing is configured for its kind
  std::string payload;  // the JSON body
  int attempts = 0;
  bool delivered = false;
  Time next_attempt = 0;
  std::string last_error;
};

// Where an item goes: POSTed to its `url`; a calendar action with no endpoint into the
// athlete's calendar file in the store (calendar_files.h); anything else nowhere yet.
enum class Destination { kNowhere, kPost, kCalendarFile };
Destination destination(const OutboxItem& item);

struct RetryPolicy {
  Time first = kSecond;      // wait after the first failure, doubled after each further one
  Time longest = 5 * kMinute;
};

class Outbox {
 public:
  // Opens or creates store_dir/outbox.wal; throws WalError for a damaged one.
  Outbox(const std::string& store_dir, RetryPolicy retry);

  // Queues the items whose key is new, due at `now`; returns how many were new.
  std::size_t add(const std::vector<OutboxItem>& items, Time now);

  // Undelivered items due at `now`, oldest first; and when the next one falls due.
  std::vector<OutboxItem> due(Time now) const;
  std::optional<Time> next_due() const;

  // Records an attempt durably: delivered, or failed with `error` (backoff follows).
  void record_attempt(const std::string& key, bool delivered, const std::string& error, Time now);

  std::vector<OutboxItem> items(std::optional<Day> day) const;

 private:
  void apply(const std::string& record);

  RetryPolicy retry_;
  mutable std::mutex mutex_;
  std::vector<OutboxItem> items_;
  RecordLog log_;  // last: replaying it at construction fills items_
};

}  // namespace preseason::live
