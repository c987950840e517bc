#include <gtest/gtest.h>

#include <algorithm>

#include "engine/event_queue.h"
#include "engine/random.h"

namespace preseason {
namespace {

TEST(EventQueue, PopsInKeyOrderWithPayloadsIntact) {
  Rng rng(3, 0, 0);
  EventQueue q;
  std::vector<EventKey> keys;
  for (std::uint64_t i = 0; i < 5000; ++i) {
    // Few distinct times, so ties fall through to the later key fields.
    const EventKey k{static_cast<Time>(rng.below(50)), static_cast<std::uint32_t>(rng.below(2)), 0,
                     static_cast<ActorId>(rng.below(7)), static_cast<ActorId>(rng.below(7)), i};
    keys.push_back(k);
    q.push(Event{k, static_cast<EventKind>(i), Payload{static_cast<double>(i)}});
    if (i % 3 == 0) {  // interleave pops with pushes
      const Event e = q.pop();
      const auto it = std::find(keys.begin(), keys.end(), e.key);
      ASSERT_NE(it, keys.end());
      EXPECT_TRUE(std::all_of(keys.begin(), keys.end(), [&](const EventKey& other) { return !(other < e.key); }));
      EXPECT_EQ(e.payload[0], static_cast<double>(e.kind));
      keys.erase(it);
    }
  }
  std::sort(keys.begin(), keys.end());
  EXPECT_EQ(q.size(), keys.size());
  EXPECT_EQ(q.pending().size(), keys.size());
  for (const EventKey& expected : keys) {
    const Event e = q.pop();
    EXPECT_EQ(e.key, expected);
    EXPECT_EQ(e.payload[0], static_cast<double>(e.kind));
  }
  EXPECT_TRUE(q.empty());
}

}  // namespace
}  // namespace preseason
