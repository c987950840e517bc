#include "engine/group_queues.h"

#include <algorithm>

namespace preseason {

namespace {
// std heap functions build a max-heap; this puts the earliest key on top.
constexpr auto later = [](const auto& a, const auto& b) { return b.key < a.key; };
}  // namespace

bool GroupQueues::current(const Entry& e) const {
  const EventQueue& q = queues_[e.group];
  return e.group != taken_ && !q.empty() && q.top() == e.key;
}

void GroupQueues::file(std::uint32_t group) {
  heap_.push_back(Entry{queues_[group].top(), group});
  std::push_heap(heap_.begin(), heap_.end(), later);
}

void GroupQueues::settle() {
  while (!heap_.empty() && !current(heap_.front())) {
    std::pop_heap(heap_.begin(), heap_.end(), later);
    heap_.pop_back();
  }
}

// A push never makes the heap's top stale: an earlier event of the top's group files an
// entry that goes above it.
void GroupQueues::push(std::uint32_t group, Event&& e) {
  EventQueue& q = queues_[group];
  if (group == taken_) {
    q.push(std::move(e));
    return;
  }
  const bool earliest = q.empty() || e.key < q.top();
  q.push(std::move(e));
  if (earliest) file(group);
}

std::optional<std::uint32_t> GroupQueues::take_below(const StepBound& bound) {
  const std::optional<std::uint32_t> group = peek_below(bound);
  if (!group) return std::nullopt;
  std::pop_heap(heap_.begin(), heap_.end(), later);
  heap_.pop_back();
  taken_ = *group;
  settle();
  return group;
}

void GroupQueues::put_back(std::uint32_t group) {
  taken_ = kNone;
  if (!queues_[group].empty()) file(group);
  settle();
}

std::vector<Event> GroupQueues::pending() const {
  std::vector<Event> out;
  for (const EventQueue& q : queues_) {
    std::vector<Event> part = q.pending();
    out.insert(out.end(), std::make_move_iterator(part.begin()), std::make_move_iterator(part.end()));
  }
  return out;
}

}  // namespace preseason
