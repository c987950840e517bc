// A min-priority queue of events by key. The heap holds only keys and a slot
// number; kinds and payloads stay put in a slab, so heap moves stay small.
#pragma once

#include <vector>

#include "engine/event.h"

namespace preseason {

class EventQueue {
 public:
  bool empty() const { return heap_.empty(); }
  std::size_t size() const { return heap_.size(); }
  const EventKey& top() const { return heap_.front().key; }
  void push(Event&& e);
  Event pop();
  // Every pending event, in no particular order.
  std::vector<Event> pending() const;

 private:
  struct Entry {
    EventKey key;
    std::uint32_t slot;
  };
  struct Body {
    EventKind kind;
    Payload payload;
  };
  std::vector<Entry> heap_;
  std::vector<Body> bodies_;
  std::vector<std::uint32_t> free_;
};

}  // namespace preseason
