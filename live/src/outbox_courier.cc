#include "live/outbox_courier.h"

#include <nlohmann/json.hpp>

#include "live/wall_clock.h"

namespace preseason::live {

OutboxCourier::OutboxCourier(Outbox& outbox, const CalendarFiles& calendars, std::chrono::milliseconds timeout)
    : outbox_(outbox), calendars_(calendars), client_(timeout), thread_([this] { run(); }) {}

OutboxCourier::~OutboxCourier() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  changed_.notify_all();
  thread_.join();
}

void OutboxCourier::wake() {
  {
    std::lock_guard lock(mutex_);
    woken_ = true;
  }
  changed_.notify_all();
}

WebhookResult OutboxCourier::deliver(const OutboxItem& item) const {
  if (destination(item) == Destination::kPost)
    return client_.post(item.url, nlohmann::json::parse(item.payload), item.key);
  WebhookResult r;
  try {
    calendars_.deliver(item.athlete, item.day, item.payload, wall_clock_now());
    r.ok = true;
  } catch (const std::exception& e) {
    r.error = e.what();
  }
  return r;
}

void OutboxCourier::run() {
  for (;;) {
    for (const OutboxItem& item : outbox_.due(wall_clock_now())) {
      {
        std::lock_guard lock(mutex_);
        if (stopping_) return;
      }
      const WebhookResult r = deliver(item);
      try {
        outbox_.record_attempt(item.key, r.ok, r.error, wall_clock_now());
      } catch (const WalError&) {
        return;  // the log refuses every later append; a restart's replay resumes the deliveries
      }
    }
    std::unique_lock lock(mutex_);
    const auto next = outbox_.next_due();
    const auto wait = next ? std::chrono::microseconds(std::max<Time>(*next - wall_clock_now(), 0))
                           : std::chrono::microseconds(std::chrono::hours(1));
    changed_.wait_for(lock, wait, [this] { return stopping_ || woken_; });
    if (stopping_) return;
    woken_ = false;
  }
}

}  // namespace preseason::live
