#include <gtest/gtest.h>

#include <memory>
#include <stdexcept>
#include <utility>
#include <vector>

#include "test_actors.h"

namespace preseason {
namespace {

using testing::ScriptActor;
using testing::Send;

constexpr Time kLookahead = 10;
constexpr Time kGroupLookahead = 100;

// Keeps every record it is given: (actor, time, value).
struct Kept final : RecordSink {
  void write(const std::vector<Record>& records) override {
    for (const Record& r : records) seen.push_back({r.actor, r.time, r.payload[0]});
  }
  struct Row {
    ActorId actor;
    Time time;
    double value;
    friend bool operator==(const Row& a, const Row& b) {
      return a.actor == b.actor && a.time == b.time && a.value == b.value;
    }
  };
  std::vector<Row> seen;
};

struct PairedRun {
  RunStats stats;
  std::vector<std::vector<EventKey>> logs;
  std::vector<Kept::Row> records;
};

// Eight pairs of actors that ping each other at random delays of at least the lookahead,
// plus a caller (actor 16) that pings everyone every kGroupLookahead. Grouped, each pair is
// a group and the run declares the group lookahead; ungrouped, it is the plain windowed run.
PairedRun paired_run(bool grouped, unsigned threads, unsigned shards) {
  RunOptions o;
  o.threads = threads;
  o.shards = shards;
  o.lookahead = kLookahead;
  o.group_lookahead = grouped ? kGroupLookahead : 0;
  o.end = 3000;
  Simulation sim(o);
  constexpr ActorId kCaller = 16;
  for (ActorId id = 0; id < kCaller; ++id) {
    const ActorId partner = id ^ 1u;
    sim.emplace<ScriptActor>(id, std::vector<Send>{{id, static_cast<Time>(id), 1}},
                             [partner](const Event& e, Context& ctx) {
                               const double draw = static_cast<double>(ctx.rng().below(1000));
                               ctx.emit(5, Payload{draw + static_cast<double>(e.kind)});
                               if (e.kind == 3) return;
                               ctx.send(partner, ctx.now() + kLookahead + static_cast<Time>(ctx.rng().below(40)), 1);
                               if (ctx.rng().below(3) == 0) ctx.send(ctx.self(), ctx.now(), 3);
                             });
  }
  sim.emplace<ScriptActor>(kCaller, std::vector<Send>{{kCaller, 0, 2}}, [](const Event&, Context& ctx) {
    for (ActorId id = 0; id < kCaller; ++id) ctx.send(id, ctx.now() + kGroupLookahead, 3);
    ctx.send(ctx.self(), ctx.now() + kGroupLookahead, 2);
  });
  if (grouped)
    for (ActorId id = 1; id < kCaller; id += 2) sim.join(id, id - 1);
  Kept sink;
  sim.set_sink(&sink);
  PairedRun r;
  r.stats = sim.run();
  for (ActorId id = 0; id <= kCaller; ++id) r.logs.push_back(static_cast<ScriptActor*>(sim.find(id))->log);
  r.records = std::move(sink.seen);
  return r;
}

TEST(Groups, GroupedRunsDeliverTheSameEventsAndRecordsAsTheWindowedRun) {
  const PairedRun reference = paired_run(false, 1, 1);
  ASSERT_GT(reference.stats.events, 1000u);
  for (unsigned threads : {1u, 2u})
    for (unsigned shards : {1u, 3u}) {
      const PairedRun grouped = paired_run(true, threads, shards);
      EXPECT_EQ(grouped.stats.fingerprint, reference.stats.fingerprint) << threads << " threads, " << shards << " shards";
      EXPECT_EQ(grouped.logs, reference.logs);
      // Steps are longer, so the sink gets fewer, larger batches; each actor's records
      // are the same and in the same order.
      for (ActorId id = 0; id <= 16; ++id) {
        std::vector<Kept::Row> mine, theirs;
        for (const auto& row : grouped.records) if (row.actor == id) mine.push_back(row);
        for (const auto& row : reference.records) if (row.actor == id) theirs.push_back(row);
        EXPECT_EQ(mine, theirs) << "actor " << id;
      }
      EXPECT_LT(grouped.stats.steps, reference.stats.steps);
    }
}

TEST(Groups, AStepRunsOneGroupThroughTheWindowBeforeTheNext) {
  for (bool grouped : {false, true}) {
    RunOptions o;
    o.lookahead = kLookahead;
    o.group_lookahead = grouped ? kGroupLookahead : 0;
    o.shards = 1;
    Simulation sim(o);
    std::vector<std::pair<ActorId, Time>> handled;
    const auto note = [&handled](const Event& e, Context& ctx) { handled.emplace_back(ctx.self(), e.time()); };
    sim.emplace<ScriptActor>(0, std::vector<Send>{{0, 5, 1}}, [note](const Event& e, Context& ctx) {
      note(e, ctx);
      ctx.send(1, ctx.now() + kLookahead, 1);
    });
    sim.emplace<ScriptActor>(1, std::vector<Send>{}, note);
    sim.emplace<ScriptActor>(2, std::vector<Send>{{2, 8, 1}}, note);
    if (grouped) sim.join(1, 0);
    sim.run();
    // Grouped, actor 1's event at 15 runs with its group, right after actor 0's at 5 that
    // sent it, and before actor 2's at 8.
    using Handled = std::vector<std::pair<ActorId, Time>>;
    const Handled expected = grouped ? Handled{{0, 5}, {1, 15}, {2, 8}} : Handled{{0, 5}, {2, 8}, {1, 15}};
    EXPECT_EQ(handled, expected) << (grouped ? "grouped" : "ungrouped");
  }
}

TEST(Groups, SendingToAnotherGroupBelowTheGroupLookaheadFails) {
  RunOptions o;
  o.lookahead = kLookahead;
  o.group_lookahead = kGroupLookahead;
  Simulation sim(o);
  // At the start another group may be sent to at the lookahead: nothing has run yet.
  sim.emplace<ScriptActor>(0, std::vector<Send>{{2, kLookahead, 1}});
  sim.emplace<ScriptActor>(1, std::vector<Send>{{1, 50, 1}}, [](const Event&, Context& ctx) {
    EXPECT_EQ(ctx.group_lookahead(), kGroupLookahead);
    ctx.send(0, ctx.now() + kLookahead, 2);  // its own group: the lookahead is enough
    ctx.send(2, ctx.now() + kGroupLookahead - 1, 2);
  });
  sim.emplace<ScriptActor>(2, std::vector<Send>{});
  sim.join(1, 0);
  try {
    sim.run();
    FAIL() << "expected RunError";
  } catch (const RunError& e) {
    EXPECT_EQ(e.actor, 1u);
    EXPECT_NE(std::string(e.what()).find("below the declared group lookahead of 100 us"), std::string::npos) << e.what();
  }
  EXPECT_EQ(static_cast<ScriptActor*>(sim.find(2))->log.size(), 1u);
}

TEST(Groups, TheEarliestFailureIsReportedWhicheverGroupRunsFirst) {
  for (unsigned threads : {1u, 2u}) {
    RunOptions o;
    o.threads = threads;
    o.shards = 1;
    o.lookahead = kLookahead;
    o.group_lookahead = kGroupLookahead;
    Simulation sim(o);
    // Group 0 starts first (at 5) and fails at 50; group 2 fails earlier, at 20.
    sim.emplace<ScriptActor>(0, std::vector<Send>{{0, 5, 1}, {0, 50, 2}}, [](const Event& e, Context&) {
      if (e.kind == 2) throw std::runtime_error("late");
    });
    sim.emplace<ScriptActor>(2, std::vector<Send>{{2, 20, 1}}, [](const Event&, Context&) { throw std::runtime_error("early"); });
    try {
      sim.run();
      FAIL() << "expected RunError";
    } catch (const RunError& e) {
      EXPECT_EQ(e.actor, 2u);
      EXPECT_EQ(e.time, 20);
    }
  }
}

TEST(Groups, JoiningIsCheckedBeforeTheRun) {
  {
    Simulation sim(RunOptions{});
    sim.emplace<ScriptActor>(0, std::vector<Send>{});
    EXPECT_THROW(sim.join(0, 9), std::invalid_argument);
  }
  {
    RunOptions o;
    o.group_lookahead = kGroupLookahead;
    Simulation sim(o);
    sim.emplace<ScriptActor>(0, std::vector<Send>{});
    sim.add(std::make_unique<ScriptActor>(1, std::vector<Send>{}), Placement::kDedicated);
    sim.join(1, 0);
    EXPECT_THROW(sim.run(), std::logic_error);
  }
}

}  // namespace
}  // namespace preseason
