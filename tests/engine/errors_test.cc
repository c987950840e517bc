#include <gtest/gtest.h>

#include <filesystem>

#include "engine/trace_writer.h"
#include "test_actors.h"

namespace preseason {
namespace {

using testing::ScriptActor;
using testing::Send;

TEST(Errors, ActorExceptionNamesActorEventAndTime) {
  for (unsigned threads : {1u, 2u}) {
    RunOptions o;
    o.threads = threads;
    o.start = parse_time("2025-07-01T00:00:00Z");
    Simulation sim(o);
    sim.emplace<ScriptActor>(0, std::vector<Send>{});
    sim.emplace<ScriptActor>(7, std::vector<Send>{{7, o.start + 10 * kHour, 42}},
                             [](const Event&, Context&) { throw std::runtime_error("model blew up"); });
    try {
      sim.run();
      FAIL() << "expected RunError";
    } catch (const RunError& e) {
      const std::string msg = e.what();
      EXPECT_NE(msg.find("actor 7 (script)"), std::string::npos) << msg;
      EXPECT_NE(msg.find("2025-07-01T10:00:00Z"), std::string::npos) << msg;
      EXPECT_NE(msg.find("event kind 42"), std::string::npos) << msg;
      EXPECT_NE(msg.find("model blew up"), std::string::npos) << msg;
      EXPECT_EQ(e.actor, 7u);
      EXPECT_EQ(e.time, o.start + 10 * kHour);
    }
  }
}

TEST(Errors, FirstFailureInEventOrderIsReportedWhateverTheThreads) {
  for (unsigned threads : {1u, 2u, 4u}) {
    RunOptions o;
    o.threads = threads;
    o.lookahead = 1000;
    Simulation sim(o);
    // Two actors fail in the same window; the earlier event key wins.
    sim.emplace<ScriptActor>(1, std::vector<Send>{{1, 20, 1}}, [](const Event&, Context&) { throw std::runtime_error("late"); });
    sim.emplace<ScriptActor>(2, std::vector<Send>{{2, 10, 1}}, [](const Event&, Context&) { throw std::runtime_error("early"); });
    try {
      sim.run();
      FAIL();
    } catch (const RunError& e) {
      EXPECT_EQ(e.actor, 2u);
      EXPECT_NE(std::string(e.what()).find("early"), std::string::npos);
    }
  }
}

TEST(Errors, SendingBelowTheLookaheadToAnotherActorFails) {
  RunOptions o;
  o.lookahead = 100;
  Simulation sim(o);
  sim.emplace<ScriptActor>(0, std::vector<Send>{});
  sim.emplace<ScriptActor>(1, std::vector<Send>{{1, 10, 1}}, [](const Event&, Context& ctx) { ctx.send(0, ctx.now() + 99, 2); });
  try {
    sim.run();
    FAIL();
  } catch (const RunError& e) {
    EXPECT_NE(std::string(e.what()).find("below the declared lookahead"), std::string::npos) << e.what();
  }
}

TEST(Errors, SchedulingInThePastOrToAnUnknownActorFails) {
  {
    Simulation sim(RunOptions{});
    sim.emplace<ScriptActor>(0, std::vector<Send>{{0, 10, 1}}, [](const Event&, Context& ctx) { ctx.send(0, 5, 2); });
    EXPECT_THROW(sim.run(), RunError);
  }
  {
    Simulation sim(RunOptions{});
    sim.emplace<ScriptActor>(0, std::vector<Send>{{3, 10, 1}});
    EXPECT_THROW(sim.run(), RunError);
  }
}

TEST(Errors, DuplicateActorIdIsRefused) {
  Simulation sim(RunOptions{});
  sim.emplace<ScriptActor>(4, std::vector<Send>{});
  EXPECT_THROW(sim.emplace<ScriptActor>(4, std::vector<Send>{}), std::invalid_argument);
}

TEST(Errors, FailedRunLeavesNoTraceFile) {
  const std::string path = ::testing::TempDir() + "failed_trace.h5";
  std::filesystem::remove(path);
  {
    Simulation sim(RunOptions{});
    TraceWriter trace(path);
    sim.set_sink(&trace);
    sim.emplace<ScriptActor>(0, std::vector<Send>{{0, 10, 1}, {0, 20, 2}}, [](const Event& e, Context& ctx) {
      ctx.emit(1, Payload{1.0});
      if (e.kind == 2) throw std::runtime_error("stop");
    });
    EXPECT_THROW(sim.run(), RunError);
  }
  EXPECT_FALSE(std::filesystem::exists(path));
  for (const auto& entry : std::filesystem::directory_iterator(::testing::TempDir()))
    EXPECT_EQ(entry.path().string().find("failed_trace.h5.partial"), std::string::npos) << entry.path();
}

}  // namespace
}  // namespace preseason
