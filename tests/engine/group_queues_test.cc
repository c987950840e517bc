#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

#include "engine/group_queues.h"
#include "engine/random.h"

namespace preseason {
namespace {

Event at(Time t, ActorId target, std::uint64_t seq = 0) { return Event{EventKey{t, 0, 0, target, target, seq}, 1, {}}; }

TEST(GroupQueues, HandsOutGroupsByTheirEarliestEventBelowTheBound) {
  GroupQueues q;
  const std::uint32_t a = q.add(), b = q.add(), c = q.add();
  q.push(a, at(30, 1));
  q.push(b, at(10, 2));
  q.push(c, at(20, 3));
  q.push(a, at(5, 1, 1));  // a's earliest moves ahead of b's
  EXPECT_EQ(q.top().time, 5);
  std::vector<std::uint32_t> order;
  const StepBound bound{25, 0};
  while (const auto g = q.take_below(bound)) {
    order.push_back(*g);
    EventQueue& events = q.queue(*g);
    while (!events.empty() && below(events.top(), bound)) events.pop();
    q.put_back(*g);
  }
  // a runs first and only through the bound: its event at 30 stays for the next step.
  EXPECT_EQ(order, (std::vector<std::uint32_t>{a, b, c}));
  ASSERT_FALSE(q.empty());
  EXPECT_EQ(q.top().time, 30);
  EXPECT_EQ(q.pending().size(), 1u);
  EXPECT_FALSE(q.take_below(bound));
}

TEST(GroupQueues, EventsPushedIntoTheTakenGroupWaitForPutBack) {
  GroupQueues q;
  const std::uint32_t a = q.add(), b = q.add();
  q.push(a, at(10, 1));
  q.push(b, at(50, 2));
  const auto g = q.take_below(StepBound{100, 0});
  ASSERT_TRUE(g);
  EXPECT_EQ(*g, a);
  q.queue(a).pop();
  q.push(a, at(20, 1, 1));  // what the running group sends itself
  // Until it is put back, only b can be handed out, even though a's new event is earlier.
  EXPECT_EQ(q.top().time, 50);
  q.put_back(a);
  EXPECT_EQ(q.top().time, 20);
  const auto next = q.take_below(StepBound{100, 0});
  ASSERT_TRUE(next);
  EXPECT_EQ(*next, a);
}

TEST(GroupQueues, PopsEveryEventOnceInKeyOrderPerGroup) {
  // Random pushes into many groups, drained a step at a time; while a group runs it sends
  // to itself at any later time and to other groups past the step, as the engine allows.
  // Every event comes out once, each group's in key order, and top() is always the least
  // pending key.
  Rng rng(5, 0, 0);
  GroupQueues q;
  constexpr std::uint32_t kGroups = 40;
  for (std::uint32_t g = 0; g < kGroups; ++g) q.add();
  std::vector<EventKey> pending;
  std::uint64_t seq = 0;
  const auto push_random = [&](std::uint32_t g, Time from) {
    const Event e = at(from + static_cast<Time>(rng.below(200)), g, seq++);
    pending.push_back(e.key);
    q.push(g, Event(e));
  };
  for (int i = 0; i < 500; ++i) push_random(static_cast<std::uint32_t>(rng.below(kGroups)), 0);
  std::vector<std::vector<EventKey>> seen(kGroups);
  std::size_t popped = 0;
  for (Time t = 0; !q.empty(); t += 50) {
    EXPECT_EQ(q.top(), *std::min_element(pending.begin(), pending.end()));
    const StepBound bound{t + 50, 0};
    while (const auto g = q.take_below(bound)) {
      EventQueue& events = q.queue(*g);
      while (!events.empty() && below(events.top(), bound)) {
        const Event e = events.pop();
        seen[*g].push_back(e.key);
        pending.erase(std::find(pending.begin(), pending.end(), e.key));
        ++popped;
        if (popped >= 1500) continue;
        if (rng.below(2)) push_random(*g, e.key.time + 1);
        if (rng.below(2)) push_random(static_cast<std::uint32_t>(rng.below(kGroups)), bound.time);
      }
      q.put_back(*g);
    }
  }
  EXPECT_TRUE(pending.empty());
  EXPECT_EQ(popped, seq);
  for (const auto& keys : seen) EXPECT_TRUE(std::is_sorted(keys.begin(), keys.end()));
}

}  // namespace
}  // namespace preseason
