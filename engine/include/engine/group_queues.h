// A shard's pending events, one EventQueue per group of actors, and a heap of the groups
// by their earliest event. A step takes group after group and runs each through the
// step's bound on its own, so a group's state stays in cache for a whole step instead of
// being visited once per event among every other group's.
#pragma once

#include <cstdint>
#include <limits>
#include <optional>
#include <vector>

#include "engine/event_queue.h"

namespace preseason {

// A step delivers the events whose (time, delta) is lexicographically below this.
struct StepBound {
  Time time;
  std::uint32_t delta;
};
inline bool below(const EventKey& k, const StepBound& b) {
  return k.time < b.time || (k.time == b.time && k.delta < b.delta);
}

class GroupQueues {
 public:
  // Adds an empty queue for one more group and returns its index.
  std::uint32_t add() {
    queues_.emplace_back();
    return static_cast<std::uint32_t>(queues_.size() - 1);
  }
  void push(std::uint32_t group, Event&& e);
  bool empty() const { return heap_.empty(); }
  // The earliest pending event's key; requires !empty().
  const EventKey& top() const { return heap_.front().key; }

  // Hands out the group with the earliest event below `bound`, if any, until put_back().
  std::optional<std::uint32_t> take_below(const StepBound& bound);
  EventQueue& queue(std::uint32_t group) { return queues_[group]; }
  // The group take_below() would hand out next, without taking it.
  std::optional<std::uint32_t> peek_below(const StepBound& bound) const {
    if (heap_.empty() || !below(heap_.front().key, bound)) return std::nullopt;
    return heap_.front().group;
  }
  // Files the taken group again under its earliest event.
  void put_back(std::uint32_t group);

  // Every pending event, in no particular order.
  std::vector<Event> pending() const;

 private:
  struct Entry {
    EventKey key;
    std::uint32_t group;
  };
  // An entry is current while its key is still its group's earliest; older ones are left in
  // the heap and dropped when they surface, which is cheaper than finding them.
  bool current(const Entry& e) const;
  void file(std::uint32_t group);
  void settle();

  static constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();
  std::vector<EventQueue> queues_;
  std::vector<Entry> heap_;  // min-heap on key; its top is always current
  std::uint32_t taken_ = kNone;
};

}  // namespace preseason
