// The shard warms the group it will run next while it runs the one before it.
#include <gtest/gtest.h>

#include <vector>

#include "engine/context.h"
#include "engine/simulation.h"

namespace preseason {
namespace {

constexpr Time kLookahead = 10;
constexpr ActorId kActors = 8;  // four groups of two

struct Entry {
  bool warm;
  ActorId actor;
};

// Ticks itself every lookahead and logs its ticks and its warm() calls in one shared log.
class TickActor final : public StatefulActor<TickActor> {
 public:
  TickActor(ActorId id, std::vector<Entry>* log) : StatefulActor(id), log_(log) {}
  const char* type() const override { return "tick"; }
  void start(Context& ctx) override { ctx.send(id(), ctx.now() + static_cast<Time>(id()), 1); }
  void handle(const Event&, Context& ctx) override {
    log_->push_back({false, id()});
    ctx.send(id(), ctx.now() + kLookahead, 1);
  }
  void warm() const override { log_->push_back({true, id()}); }
  template <class Ar> void serialize(Ar&, unsigned) {}

 private:
  std::vector<Entry>* log_;
};

TEST(Warm, EveryGroupButEachStepsFirstIsWarmedJustBeforeTheGroupAheadOfItRuns) {
  RunOptions o;
  o.lookahead = kLookahead;
  o.group_lookahead = 100;
  o.shards = 1;
  o.end = 1000;
  Simulation sim(o);
  std::vector<Entry> log;
  for (ActorId id = 0; id < kActors; ++id) sim.emplace<TickActor>(id, &log);
  for (ActorId id = 1; id < kActors; id += 2) sim.join(id, id - 1);
  const RunStats stats = sim.run();

  // A turn is a run of one group's ticks. The group taken next is warmed right before the
  // current one's first tick, so a warmed turn finds both its actors' warm() calls there.
  std::uint64_t turns = 0, warmed = 0;
  ActorId group = kActors;
  std::size_t previous_first = 0;
  for (std::size_t i = 0; i < log.size(); ++i) {
    if (log[i].warm || log[i].actor / 2 == group) continue;
    group = log[i].actor / 2;
    if (turns++ > 0 && previous_first >= 2) {
      const Entry& a = log[previous_first - 2];
      const Entry& b = log[previous_first - 1];
      if (a.warm && b.warm && a.actor == 2 * group && b.actor == 2 * group + 1) ++warmed;
    }
    previous_first = i;
  }
  EXPECT_EQ(turns, 4 * stats.steps);
  EXPECT_EQ(warmed, turns - stats.steps);
}

}  // namespace
}  // namespace preseason
