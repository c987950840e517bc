// How simulated time relates to the wall clock. The coordinator asks the clock to
// wait before it opens each step: a virtual clock never waits (as fast as possible);
// a scaled clock paces the run at `rate` simulated seconds per wall second
// (1 for live, N for watching a replay) and can be paused and single-stepped.
#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>

#include "data/time.h"

namespace preseason {

class Clock {
 public:
  virtual ~Clock() = default;
  // True when steps must be opened one timestamp at a time, at their wall time.
  virtual bool paced() const = 0;
  // Anchors the clock: simulated time `t` is "now" on the wall.
  virtual void begin(Time t) = 0;
  // Blocks until simulated time `t` is due.
  virtual void wait_until(Time t) = 0;
};

class VirtualClock final : public Clock {
 public:
  bool paced() const override { return false; }
  void begin(Time) override {}
  void wait_until(Time) override {}
};

class ScaledClock final : public Clock {
 public:
  explicit ScaledClock(double rate);
  bool paced() const override { return true; }
  void begin(Time t) override;
  void wait_until(Time t) override;

  // Thread-safe controls, e.g. from a user interface thread.
  void pause();
  void resume();
  // While paused, lets exactly one more step through.
  void step();
  void set_rate(double rate);
  double rate() const;

 private:
  using WallClock = std::chrono::steady_clock;
  // Wall time at which simulated time `t` is due, under the current anchor.
  WallClock::time_point due(Time t) const;

  mutable std::mutex mu_;
  std::condition_variable changed_;
  double rate_;
  Time anchor_sim_ = 0;
  WallClock::time_point anchor_wall_;
  bool paused_ = false;
  int steps_allowed_ = 0;
};

}  // namespace preseason
