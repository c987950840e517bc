#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>

#include "engine/event_queue.h"
#include "engine/random.h"

namespace preseason {
namespace {

TEST(EventQueue, PopsInKeyOrderWithPayloadsIntact) {
  Rng rng(3, 0, 0);
  EventQueue q;
  std::vector<EventKey> keys;
  // Signed fields cross zero and every field reaches its extremes, as the queue packs
  // keys into unsigned words.
  const std::int32_t priorities[] = {INT32_MIN, -1, 0, 1, INT32_MAX};
  const ActorId actors[] = {0, 1, 2, 0x7fffffffu, 0x80000000u, 0xffffffffu};
  const Time times[] = {INT64_MIN, -1, 0, 1, INT64_MAX};
  for (std::uint64_t i = 0; i < 5000; ++i) {
    // Few distinct times, so ties fall through to the later key fields.
    const Time t = rng.below(10) == 0 ? times[rng.below(5)] : static_cast<Time>(rng.below(50)) - 25;
    const std::uint64_t seq = rng.below(10) == 0 ? UINT64_MAX - i : i;
    const EventKey k{t, static_cast<std::uint32_t>(rng.below(2)) * (rng.below(2) ? 1u : UINT32_MAX),
                     priorities[rng.below(5)], actors[rng.below(6)], actors[rng.below(6)], seq};
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
