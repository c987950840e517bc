// Actor sinks take records as they are emitted, on the actors' threads: each actor's
// records in emission order whatever the placement, only the kinds they want, and the
// record sink still gets the kinds it wants.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "test_actors.h"

namespace preseason {
namespace {

using testing::ScriptActor;
using testing::Send;

constexpr EventKind kTaken = 7;
constexpr EventKind kRecorded = 8;
constexpr EventKind kCostly = 9;
constexpr ActorId kActors = 6;

// Keeps, per actor, the values and notes of the records it takes.
struct PerActor final : ActorSink {
  explicit PerActor(std::vector<EventKind> kinds) : kinds(std::move(kinds)), values(kActors), notes(kActors) {}
  bool wants(EventKind kind) const override {
    for (EventKind k : kinds)
      if (k == kind) return true;
    return false;
  }
  void take(Time, ActorId actor, EventKind kind, const Payload& payload, const std::string* note) override {
    values[actor].push_back(kind * 1000.0 + payload[0]);
    notes[actor].push_back(note ? *note : "");
  }
  std::vector<EventKind> kinds;
  std::vector<std::vector<double>> values;
  std::vector<std::vector<std::string>> notes;
};

struct Kinds final : RecordSink {
  void write(const std::vector<Record>& records) override {
    for (const Record& r : records) kinds.push_back(r.kind);
  }
  bool wants(EventKind kind) const override { return kind == kRecorded; }
  std::vector<EventKind> kinds;
};

struct SinkRun {
  PerActor taken{{kTaken, kCostly}};
  Kinds recorded;

  SinkRun(unsigned threads, unsigned shards) {
    RunOptions o;
    o.threads = threads;
    o.shards = shards;
    o.lookahead = 100;
    Simulation sim(o);
    for (ActorId id = 0; id < kActors; ++id) {
      std::vector<Send> script;
      for (Time t = 0; t < 20; ++t) script.push_back({id, 10 * t + (id % 3), 1});
      sim.emplace<ScriptActor>(id, script, [n = 0.0](const Event&, Context& ctx) mutable {
        ctx.emit(kTaken, Payload{n}, std::make_shared<const std::string>(std::to_string(n)));
        ctx.emit(kRecorded, Payload{n});
        if (ctx.wants(kCostly)) ctx.emit(kCostly, Payload{n});
        ++n;
      });
    }
    sim.add_actor_sink(&taken);
    sim.set_sink(&recorded);
    sim.run();
  }
};

TEST(ActorSink, TakesEachActorsRecordsInEmissionOrderWhateverThePlacement) {
  const SinkRun reference(1, 1);
  for (ActorId a = 0; a < kActors; ++a) {
    ASSERT_EQ(reference.taken.values[a].size(), 40u) << a;
    for (std::size_t i = 0; i < 40; ++i) {
      const double n = static_cast<double>(i / 2);
      EXPECT_EQ(reference.taken.values[a][i], (i % 2 == 0 ? kTaken : kCostly) * 1000.0 + n) << a << " " << i;
      EXPECT_EQ(reference.taken.notes[a][i], i % 2 == 0 ? std::to_string(n) : "") << a << " " << i;
    }
  }
  for (unsigned threads : {1u, 2u})
    for (unsigned shards : {2u, 3u}) {
      const SinkRun run(threads, shards);
      EXPECT_EQ(run.taken.values, reference.taken.values) << threads << " threads, " << shards << " shards";
      EXPECT_EQ(run.taken.notes, reference.taken.notes) << threads << " threads, " << shards << " shards";
    }
}

TEST(ActorSink, TheRecordSinkGetsOnlyTheKindsItWants) {
  const SinkRun run(2, 2);
  EXPECT_EQ(run.recorded.kinds, std::vector<EventKind>(kActors * 20, kRecorded));
}

}  // namespace
}  // namespace preseason
