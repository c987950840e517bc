#include "engine/event_queue.h"

#include <algorithm>

namespace preseason {

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
  heap_.push_back(Entry{e.key, slot});
  std::push_heap(heap_.begin(), heap_.end(), LaterEntry{});
}

Event EventQueue::pop() {
  std::pop_heap(heap_.begin(), heap_.end(), LaterEntry{});
  const Entry top = heap_.back();
  heap_.pop_back();
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
