#include <gtest/gtest.h>

#include <chrono>
#include <memory>
#include <stdexcept>
#include <thread>

#include "test_actors.h"

namespace preseason {
namespace {

using testing::ScriptActor;
using testing::Send;

TEST(Ordering, SameTimeEventsFollowPriorityThenSourceThenSequence) {
  for (unsigned threads : {1u, 2u}) {
    RunOptions o;
    o.threads = threads;
    Simulation sim(o);
    auto& sink = sim.emplace<ScriptActor>(0, std::vector<Send>{});
    // Actor 2 sends before actor 1 in id order would suggest nothing; keys decide.
    sim.emplace<ScriptActor>(2, std::vector<Send>{{0, 100, 1, 5}, {0, 100, 2, 0}});
    sim.emplace<ScriptActor>(1, std::vector<Send>{{0, 100, 3, 5}, {0, 50, 4, 9}});
    sim.run();
    ASSERT_EQ(sink.kinds.size(), 4u);
    // time 50 first; then at 100: priority 0 (src 2), priority 5 src 1, priority 5 src 2.
    EXPECT_EQ(sink.kinds, (std::vector<EventKind>{4, 2, 3, 1}));
  }
}

TEST(Ordering, EqualKeysExceptSequenceKeepSendOrder) {
  Simulation sim(RunOptions{});
  auto& sink = sim.emplace<ScriptActor>(0, std::vector<Send>{});
  sim.emplace<ScriptActor>(1, std::vector<Send>{{0, 10, 7}, {0, 10, 8}, {0, 10, 9}});
  sim.run();
  EXPECT_EQ(sink.kinds, (std::vector<EventKind>{7, 8, 9}));
  EXPECT_LT(sink.log[0].seq, sink.log[1].seq);
}

TEST(Ordering, SendingAtNowStartsTheNextDeltaCycle) {
  RunOptions o;
  o.threads = 2;
  o.shards = 2;
  Simulation sim(o);
  // Actor 1 reacts to kind 1 at t=10 by sending kind 2 to actor 0 at t=10 (delta 1).
  auto& sink = sim.emplace<ScriptActor>(0, std::vector<Send>{});
  sim.emplace<ScriptActor>(1, std::vector<Send>{{1, 10, 1}}, [](const Event& e, Context& ctx) {
    if (e.kind == 1) ctx.send(0, ctx.now(), 2);
  });
  // Actor 2 sends kind 3 to actor 0 at t=10 with a high priority number: still delta 0.
  sim.emplace<ScriptActor>(2, std::vector<Send>{{0, 10, 3, 100}});
  const RunStats stats = sim.run();
  ASSERT_EQ(sink.kinds, (std::vector<EventKind>{3, 2}));
  EXPECT_EQ(sink.log[0].delta, 0u);
  EXPECT_EQ(sink.log[1].delta, 1u);
  EXPECT_EQ(sink.log[1].time, 10);
  EXPECT_EQ(stats.events, 3u);
}

TEST(Ordering, EndTimeIsExclusiveAndLaterEventsStayPending) {
  RunOptions o;
  o.end = 100;
  Simulation sim(o);
  auto& sink = sim.emplace<ScriptActor>(0, std::vector<Send>{{0, 99, 1}, {0, 100, 2}, {0, 150, 3}});
  const RunStats stats = sim.run();
  EXPECT_EQ(sink.kinds, (std::vector<EventKind>{1}));
  EXPECT_EQ(stats.events, 1u);
  EXPECT_EQ(stats.final_time, 99);
}

TEST(Ordering, RunStopsWhenNoEventRemains) {
  Simulation sim(RunOptions{});
  int hops = 0;
  auto& a = sim.emplace<ScriptActor>(0, std::vector<Send>{{0, 1, 1}}, [&hops](const Event&, Context& ctx) {
    if (++hops < 5) ctx.send(0, ctx.now() + 10, 1);
  });
  const RunStats stats = sim.run();
  EXPECT_EQ(a.kinds.size(), 5u);
  EXPECT_EQ(stats.final_time, 41);
}

TEST(Ordering, WindowedStepsDeliverInKeyOrderPerActor) {
  // With a lookahead, a window runs several timestamps at once; each actor still sees its
  // events in key order, including self-events scheduled inside the window.
  RunOptions o;
  o.lookahead = 100;
  o.threads = 2;
  Simulation sim(o);
  auto& a = sim.emplace<ScriptActor>(0, std::vector<Send>{{0, 5, 1}, {0, 50, 2}}, [](const Event& e, Context& ctx) {
    if (e.kind == 1) ctx.send(0, ctx.now() + 10, 9);  // t=15, inside the first window
  });
  sim.emplace<ScriptActor>(1, std::vector<Send>{{0, 120, 3}});
  sim.run();
  EXPECT_EQ(a.kinds, (std::vector<EventKind>{1, 9, 2, 3}));
  for (std::size_t i = 1; i < a.log.size(); ++i) EXPECT_TRUE(a.log[i - 1] < a.log[i]);
}

// Keeps what reaches it: (actor, the value the actor put in its record).
struct Collected final : RecordSink {
  void write(const std::vector<Record>& records) override {
    for (const Record& r : records) seen.emplace_back(r.actor, r.payload[0]);
  }
  std::vector<std::pair<ActorId, double>> seen;
};

TEST(Ordering, RecordsReachTheSinkByActorInEmissionOrderWhateverThePlacement) {
  std::vector<std::pair<ActorId, double>> first;
  for (unsigned shards : {1u, 2u, 3u}) {
    RunOptions o;
    o.threads = 2;
    o.shards = shards;
    o.lookahead = 100;
    Simulation sim(o);
    // Each of five actors emits three records per event, numbered so that the order
    // among one actor's records is visible; actors 0-4 wake at interleaved times.
    for (ActorId id = 0; id < 5; ++id) {
      std::vector<Send> script;
      for (Time t = 0; t < 3; ++t) script.push_back({id, 10 * t + (4 - id), 1});
      sim.emplace<ScriptActor>(id, script, [id, n = 0.0](const Event&, Context& ctx) mutable {
        for (int k = 0; k < 3; ++k) ctx.emit(7, Payload{100.0 * id + n++});
      });
    }
    Collected sink;
    sim.set_sink(&sink);
    sim.run();
    ASSERT_EQ(sink.seen.size(), 45u);
    for (std::size_t i = 1; i < sink.seen.size(); ++i) EXPECT_TRUE(sink.seen[i - 1] < sink.seen[i]) << i;
    if (first.empty()) first = sink.seen;
    EXPECT_EQ(sink.seen, first) << shards << " shards";
  }
}

// Keeps the simulated times of each batch it is given, and takes its time over each, so
// that the shards are well into the next step while it writes.
struct SlowBatches final : RecordSink {
  void write(const std::vector<Record>& records) override {
    std::vector<Time> times;
    for (const Record& r : records) times.push_back(r.time);
    batches.push_back(times);
    std::this_thread::sleep_for(std::chrono::microseconds(200));
    if (batches.size() == fail_at) throw std::runtime_error("sink is full");
  }
  std::vector<std::vector<Time>> batches;
  std::size_t fail_at = 0;
};

// Four actors that each emit a record at 10, 20, ..., 400, on `threads` threads, into `sink`.
std::unique_ptr<Simulation> every_step_run(unsigned threads, RecordSink& sink) {
  RunOptions o;
  o.threads = threads;
  auto sim = std::make_unique<Simulation>(o);
  for (ActorId id = 0; id < 4; ++id) {
    std::vector<Send> script;
    for (Time t = 1; t <= 40; ++t) script.push_back({id, t * 10, 1});
    sim->emplace<ScriptActor>(id, script, [](const Event&, Context& ctx) { ctx.emit(7, Payload{1.0}); });
  }
  sim->set_sink(&sink);
  return sim;
}

TEST(Ordering, EachStepReachesTheSinkAsOneBatchInStepOrder) {
  std::vector<std::vector<Time>> first;
  for (unsigned threads : {1u, 2u}) {
    SlowBatches sink;
    every_step_run(threads, sink)->run();
    // Without a lookahead a step is one timestamp: 40 of them, each with its 4 records.
    ASSERT_EQ(sink.batches.size(), 40u);
    for (std::size_t b = 0; b < sink.batches.size(); ++b)
      EXPECT_EQ(sink.batches[b], std::vector<Time>(4, static_cast<Time>(10 * (b + 1)))) << b;
    if (first.empty()) first = sink.batches;
    EXPECT_EQ(sink.batches, first);
  }
}

TEST(Ordering, WhatTheSinkThrowsEndsTheRun) {
  SlowBatches sink;
  sink.fail_at = 3;
  const auto sim = every_step_run(2, sink);
  EXPECT_THROW(
      {
        try {
          sim->run();
        } catch (const std::runtime_error& e) {
          EXPECT_STREQ(e.what(), "sink is full");
          throw;
        }
      },
      std::runtime_error);
  EXPECT_EQ(sink.batches.size(), 3u);
}

// A checkpoint saves the sinks right after run_until: by then every step before the stop
// must have reached them, however far the sink lags behind the shards.
TEST(Ordering, RunUntilReturnsWithEveryEarlierStepInTheSink) {
  for (unsigned threads : {1u, 2u}) {
    SlowBatches sink;
    const auto sim = every_step_run(threads, sink);
    sim->run_until(205);
    ASSERT_EQ(sink.batches.size(), 20u) << threads << " thread(s)";
    EXPECT_EQ(sink.batches.back(), std::vector<Time>(4, 200)) << threads << " thread(s)";
    sim->run();
    ASSERT_EQ(sink.batches.size(), 40u) << threads << " thread(s)";
    EXPECT_EQ(sink.batches.back(), std::vector<Time>(4, 400)) << threads << " thread(s)";
  }
}

}  // namespace
}  // namespace preseason
