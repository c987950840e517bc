#include "engine/clock.h"

#include <stdexcept>

namespace preseason {

ScaledClock::ScaledClock(double rate) : rate_(rate), anchor_wall_(WallClock::now()) {
  if (!(rate > 0)) throw std::invalid_argument("clock rate must be positive");
}

void ScaledClock::begin(Time t) {
  std::lock_guard lock(mu_);
  anchor_sim_ = t;
  anchor_wall_ = WallClock::now();
}

ScaledClock::WallClock::time_point ScaledClock::due(Time t) const {
  const double wall_us = static_cast<double>(t - anchor_sim_) / rate_;
  return anchor_wall_ + std::chrono::microseconds(static_cast<std::int64_t>(wall_us));
}

void ScaledClock::wait_until(Time t) {
  std::unique_lock lock(mu_);
  for (;;) {
    if (paused_) {
      if (steps_allowed_ > 0) {
        --steps_allowed_;
        // A single step jumps straight to `t`; re-anchor so resuming continues from here.
        anchor_sim_ = t;
        anchor_wall_ = WallClock::now();
        return;
      }
      changed_.wait(lock);
      continue;
    }
    const auto target = due(t);
    if (WallClock::now() >= target) return;
    changed_.wait_until(lock, target);
  }
}

void ScaledClock::pause() {
  std::lock_guard lock(mu_);
  if (paused_) return;
  // Remember where simulated time stands so resume() continues from it.
  anchor_sim_ += static_cast<Time>(
      static_cast<double>(std::chrono::duration_cast<std::chrono::microseconds>(WallClock::now() - anchor_wall_).count()) *
      rate_);
  anchor_wall_ = WallClock::now();
  paused_ = true;
  changed_.notify_all();
}

void ScaledClock::resume() {
  std::lock_guard lock(mu_);
  if (!paused_) return;
  anchor_wall_ = WallClock::now();
  paused_ = false;
  changed_.notify_all();
}

void ScaledClock::step() {
  std::lock_guard lock(mu_);
  ++steps_allowed_;
  changed_.notify_all();
}

void ScaledClock::set_rate(double rate) {
  if (!(rate > 0)) throw std::invalid_argument("clock rate must be positive");
  std::lock_guard lock(mu_);
  const auto now = WallClock::now();
  if (!paused_) {
    anchor_sim_ += static_cast<Time>(
        static_cast<double>(std::chrono::duration_cast<std::chrono::microseconds>(now - anchor_wall_).count()) * rate_);
    anchor_wall_ = now;
  }
  rate_ = rate;
  changed_.notify_all();
}

double ScaledClock::rate() const {
  std::lock_guard lock(mu_);
  return rate_;
}

}  // namespace preseason
