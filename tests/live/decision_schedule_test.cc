#include "live/decision_schedule.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

namespace preseason::live {
namespace {

TEST(DecisionSchedule, NextAfterIsTheNextTimeOfDay) {
  const Time morning = 7 * kHour + 30 * kMinute;
  const Time day = start_of(parse_date("2025-08-01"));
  EXPECT_EQ(DecisionSchedule::next_after(day, morning), day + morning);
  EXPECT_EQ(DecisionSchedule::next_after(day + morning - 1, morning), day + morning);
  EXPECT_EQ(DecisionSchedule::next_after(day + morning, morning), day + kDay + morning);
  EXPECT_EQ(DecisionSchedule::next_after(day + 20 * kHour, morning), day + kDay + morning);
}

// A fake clock that runs a day per 300 ms of real time from 06:00: over a second the
// schedule must fire once per day, each at or after its time of day.
TEST(DecisionSchedule, DecidesEachDayOnceAtItsTimeOfDay) {
  const Time start = start_of(parse_date("2025-08-01")) + 6 * kHour;
  const auto origin = std::chrono::steady_clock::now();
  const auto now = [&] {
    const auto elapsed = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - origin);
    return start + elapsed.count() * (kDay / 300'000);
  };
  std::mutex m;
  std::vector<std::pair<Day, Time>> calls;
  {
    DecisionSchedule schedule(7 * kHour + 30 * kMinute, [&](Day d, Time t) {
      std::lock_guard lock(m);
      calls.emplace_back(d, t);
    }, now);
    std::this_thread::sleep_for(std::chrono::seconds(1));
  }
  std::lock_guard lock(m);
  ASSERT_GE(calls.size(), 2u);
  for (std::size_t i = 0; i < calls.size(); ++i) {
    EXPECT_EQ(calls[i].first, parse_date("2025-08-01") + static_cast<Day>(i));
    EXPECT_GE(calls[i].second, start_of(calls[i].first) + 7 * kHour + 30 * kMinute);
  }
}

}  // namespace
}  // namespace preseason::live
