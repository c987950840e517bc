// Decides each day on the wall clock: at `decide_at` (UTC time of day) the day is decided
// as if the coach had asked, recorded as decided by "schedule". A day already decided, or
// with nothing to decide from, is left as it is. Runs on a thread of its own.
#pragma once

#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

#include "data/time.h"

namespace preseason::live {

class DecisionSchedule {
 public:
  // `decide` is called with the day and the wall time; `now` gives the wall time.
  DecisionSchedule(Time decide_at, std::function<void(Day, Time)> decide, std::function<Time()> now);
  ~DecisionSchedule();  // stops; a decision in progress finishes first
  DecisionSchedule(const DecisionSchedule&) = delete;
  DecisionSchedule& operator=(const DecisionSchedule&) = delete;

  // The first moment after `t` at time of day `decide_at`.
  static Time next_after(Time t, Time decide_at);

 private:
  void run();

  Time decide_at_;
  std::function<void(Day, Time)> decide_;
  std::function<Time()> now_;
  std::mutex mutex_;
  std::condition_variable stop_;
  bool stopping_ = false;
  std::thread thread_;  // last: starts once the rest is ready
};

}  // namespace preseason::live
