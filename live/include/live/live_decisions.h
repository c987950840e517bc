// What live mode needs to decide days: the decider, the durable decision book, the
// outbox with its courier (and the athletes' calendar files) for the actions a decided
// day fires, and the store's HDF5 recording, rewritten after each decided day. Present
// only when the live config is also a scenario (live_scenario.h).
#pragma once

#include <mutex>
#include <thread>

#include "live/calendar_files.h"
#include "live/day_decider.h"
#include "live/decision_book.h"
#include "live/outbox.h"
#include "live/outbox_courier.h"
#include "live/store_recording.h"

namespace preseason::live {

class LiveDecisions {
 public:
  // Opens STORE/decisions.wal and STORE/outbox.wal (WalError when damaged) and starts
  // delivering what the outbox still holds.
  // Then prepares the decider on a thread of its own (a decision meanwhile waits for it).
  LiveDecisions(const LiveConfig& config, Scenario scenario, const std::string& store_dir);
  ~LiveDecisions();

  // Decides `day` unless it was decided before; true when it was decided now. The day's
  // recommendations go to the book and its actions (those not declined) to the outbox.
  // Throws std::invalid_argument when there is nothing to decide from.
  bool decide(Day day, const std::string& by, Time now);

  // A decision computed again, for what it shows (history), without recording anything.
  DayDecision recompute(Day day);

  DecisionBook& book() { return book_; }
  const Outbox& outbox() const { return outbox_; }
  // STORE/calendar: where calendar actions with no endpoint are delivered.
  const CalendarFiles& calendars() const { return calendars_; }

 private:
  const LiveConfig& config_;
  StoreRecording recording_;  // before the decider, which takes the scenario it is made from
  DayDecider decider_;
  DecisionBook book_;
  Outbox outbox_;
  CalendarFiles calendars_;
  void prepare();

  std::mutex deciding_;  // one decision at a time
  OutboxCourier courier_;  // stops before the outbox goes
  std::thread warm_up_;    // last: starts once everything it uses is there
};

// The outbox items of a decided day's actions; `endpoints` says where each kind goes.
std::vector<OutboxItem> outbox_items(const DayDecision& day, const OutboxSettings& settings);

}  // namespace preseason::live
