#include "live/decision_schedule.h"

#include <algorithm>
#include <chrono>

namespace preseason::live {

namespace {
constexpr std::chrono::microseconds kPoll = std::chrono::milliseconds(100);
}  // namespace

DecisionSchedule::DecisionSchedule(Time decide_at, std::function<void(Day, Time)> decide, std::function<Time()> now)
    : decide_at_(decide_at), decide_(std::move(decide)), now_(std::move(now)), thread_([this] { run(); }) {}

DecisionSchedule::~DecisionSchedule() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  stop_.notify_all();
  thread_.join();
}

Time DecisionSchedule::next_after(Time t, Time decide_at) {
  const Time today = start_of(day_of(t)) + decide_at;
  return today > t ? today : today + kDay;
}

void DecisionSchedule::run() {
  Time next = next_after(now_(), decide_at_);
  for (;;) {
    {
      std::unique_lock lock(mutex_);
      // Looks at the clock at least every kPoll: the wall clock may jump (NTP, suspend).
      while (!stopping_ && now_() < next)
        stop_.wait_for(lock, std::min(kPoll, std::chrono::microseconds(std::max<Time>(next - now_(), 0))));
      if (stopping_) return;
    }
    decide_(day_of(next), now_());
    next = next_after(next, decide_at_);
  }
}

}  // namespace preseason::live
