// Delivers an Outbox on a thread of its own: sleeps until the next item falls due or
// new items arrive, POSTs each with its idempotency key (or puts a calendar action with
// no endpoint into the athlete's calendar file) and records the outcome, so a receiver
// that is down, or a file that cannot be written, is retried with backoff and every
// action arrives once.
#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

#include "actors/automation/webhook_client.h"
#include "live/calendar_files.h"
#include "live/outbox.h"

namespace preseason::live {

class OutboxCourier {
 public:
  OutboxCourier(Outbox& outbox, const CalendarFiles& calendars,
                std::chrono::milliseconds timeout = std::chrono::seconds(5));
  ~OutboxCourier();  // stops; a delivery in flight finishes first
  OutboxCourier(const OutboxCourier&) = delete;
  OutboxCourier& operator=(const OutboxCourier&) = delete;

  // New items were queued.
  void wake();

 private:
  void run();
  // Whether `item` arrived, and the error when not.
  WebhookResult deliver(const OutboxItem& item) const;

  Outbox& outbox_;
  const CalendarFiles& calendars_;
  WebhookClient client_;
  std::mutex mutex_;
  std::condition_variable changed_;
  bool woken_ = false;
  bool stopping_ = false;
  std::thread thread_;  // last: starts once the rest is ready
};

}  // namespace preseason::live
