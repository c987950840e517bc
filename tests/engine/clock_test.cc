#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "engine/clock.h"
#include "test_actors.h"

namespace preseason {
namespace {

using testing::ScriptActor;
using testing::Send;
using Wall = std::chrono::steady_clock;

// Notes the wall time at which each step's records arrive.
class WallTimes final : public RecordSink {
 public:
  void write(const std::vector<Record>& records) override {
    for (const Record& r : records) seen.emplace_back(r.time, Wall::now());
  }
  std::vector<std::pair<Time, Wall::time_point>> seen;
};

TEST(ScaledClock, KeepsItsScheduleAt3600x) {
  // One simulated hour with an event every 5 simulated minutes takes one wall second.
  RunOptions o;
  o.threads = 2;
  o.start = parse_time("2025-07-01T10:00:00Z");
  o.end = o.start + kHour + kSecond;
  o.lookahead = kMinute;  // a paced clock must still open one timestamp per step
  Simulation sim(o);
  sim.emplace<ScriptActor>(0, std::vector<Send>{{0, o.start + 5 * kMinute, 1}}, [](const Event&, Context& ctx) {
    ctx.emit(1);
    ctx.send(0, ctx.now() + 5 * kMinute, 1);
  });
  ScaledClock clock(3600);
  WallTimes times;
  sim.set_clock(&clock);
  sim.set_sink(&times);
  const auto wall_start = Wall::now();
  sim.run();
  ASSERT_EQ(times.seen.size(), 12u);
  double worst_ms = 0;
  for (const auto& [t, wall] : times.seen) {
    const auto due = wall_start + std::chrono::microseconds((t - o.start) / 3600);
    const double late_ms = std::chrono::duration<double, std::milli>(wall - due).count();
    EXPECT_GT(late_ms, -1.0) << "step opened early at " << format_time(t);
    worst_ms = std::max(worst_ms, late_ms);
  }
  // Stated tolerance: every step within 40 ms of its due wall time (the test runs alone;
  // the margin covers a sanitizer build on a busy 2-core machine).
  EXPECT_LT(worst_ms, 40.0);
}

TEST(ScaledClock, PauseHoldsTimeAndStepReleasesOneWait) {
  ScaledClock clock(1.0);
  clock.begin(0);
  clock.pause();
  std::atomic<int> passed{0};
  std::thread waiter([&] {
    clock.wait_until(kHour);  // an hour away at 1x
    ++passed;
    clock.wait_until(2 * kHour);
    ++passed;
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
  EXPECT_EQ(passed.load(), 0);
  clock.step();
  for (int i = 0; i < 200 && passed.load() < 1; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  EXPECT_EQ(passed.load(), 1);
  std::this_thread::sleep_for(std::chrono::milliseconds(30));
  EXPECT_EQ(passed.load(), 1);
  clock.step();
  waiter.join();
  EXPECT_EQ(passed.load(), 2);
}

TEST(ScaledClock, ResumeContinuesFromWherePauseStopped) {
  ScaledClock clock(1000.0);  // 1 ms wall = 1 simulated second
  clock.begin(0);
  clock.pause();
  std::this_thread::sleep_for(std::chrono::milliseconds(100));  // would be 100 simulated s
  clock.resume();
  const auto before = Wall::now();
  clock.wait_until(50 * kSecond);  // ~50 ms of wall time after the resume, not already past
  const double waited_ms = std::chrono::duration<double, std::milli>(Wall::now() - before).count();
  // Without the pause accounted for, simulated time would already be past 50 s.
  EXPECT_GT(waited_ms, 35.0);
  EXPECT_LT(waited_ms, 500.0);
}

TEST(VirtualClock, RunsAsFastAsPossible) {
  RunOptions o;
  o.end = 365 * kDay;
  Simulation sim(o);
  sim.emplace<ScriptActor>(0, std::vector<Send>{{0, kDay, 1}}, [](const Event&, Context& ctx) {
    ctx.send(0, ctx.now() + kDay, 1);
  });
  const auto before = Wall::now();
  const RunStats stats = sim.run();
  EXPECT_EQ(stats.events, 364u);
  EXPECT_LT(std::chrono::duration<double>(Wall::now() - before).count(), 5.0);
}

}  // namespace
}  // namespace preseason
