#include "engine/event_queue.h"

namespace preseason {

// A 4-ary heap: half the levels of a binary heap, and a node's children share cache
// lines, which matters once a shard holds thousands of pending events.
namespace {
constexpr std::size_t kArity = 4;
}  // namespace

void EventQueue::push(Event&& e) {
  std::uint32_t slot;
  if (free_.empty()) {
    slot = static_cast<std::uint32_t>(bodies_.size());
    bodies_.push_back(Body{e.kind, std::move(e.payload)});
  } else {
    slot = free_.back();
    free_.pop_back();
    bodies_[slot] = Body{e.kind, std::move(e.payload)};
  }
  const Entry entry{e.key, slot};
  std::size_t i = heap_.size();
  heap_.push_back(entry);
  while (i > 0) {
    const std::size_t parent = (i - 1) / kArity;
    if (!(entry.key < heap_[parent].key)) break;
    heap_[i] = heap_[parent];
    i = parent;
  }
  heap_[i] = entry;
}

Event EventQueue::pop() {
  const Entry top = heap_.front();
  const Entry last = heap_.back();
  heap_.pop_back();
  const std::size_t n = heap_.size();
  if (n > 0) {
    std::size_t i = 0;
    for (;;) {
      const std::size_t first = kArity * i + 1;
      if (first >= n) break;
      std::size_t least = first;
      const std::size_t end = first + kArity < n ? first + kArity : n;
      for (std::size_t c = first + 1; c < end; ++c)
        if (heap_[c].key < heap_[least].key) least = c;
      if (!(heap_[least].key < last.key)) break;
      heap_[i] = heap_[least];
      i = least;
    }
    heap_[i] = last;
  }
  Body& body = bodies_[top.slot];
  free_.push_back(top.slot);
  return Event{top.key, body.kind, std::move(body.payload)};
}

std::vector<Event> EventQueue::pending() const {
  std::vector<Event> out;
  out.reserve(heap_.size());
  for (const Entry& e : heap_) out.push_back(Event{e.key, bodies_[e.slot].kind, bodies_[e.slot].payload});
  return out;
}

}  // namespace preseason
