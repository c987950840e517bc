#include <gtest/gtest.h>

#include <sstream>

#include "actors/phold.h"
#include "engine/simulation.h"

namespace preseason {
namespace {

RunOptions options(unsigned threads) {
  RunOptions o;
  o.seed = 5;
  o.threads = threads;
  o.lookahead = kMillisecond;
  o.end = 300 * kMillisecond;
  return o;
}

void populate(Simulation& sim) {
  const PholdParams params{200, 2, kMillisecond};
  for (ActorId id = 0; id < params.actors; ++id) sim.add(std::make_unique<PholdActor>(id, params));
}

TEST(Checkpoint, RunningInPiecesEqualsOneRun) {
  Simulation whole(options(2));
  populate(whole);
  const RunStats expected = whole.run();
  Simulation pieces(options(2));
  populate(pieces);
  pieces.run_until(100 * kMillisecond);
  pieces.run_until(170 * kMillisecond);
  const RunStats got = pieces.run();
  EXPECT_EQ(got.fingerprint.hex(), expected.fingerprint.hex());
  EXPECT_EQ(got.events, expected.events);
}

TEST(Checkpoint, ResumeFromSavedStateEqualsTheUninterruptedRun) {
  Simulation whole(options(1));
  populate(whole);
  const RunStats expected = whole.run();
  for (Time at : {1 * kMillisecond, 95 * kMillisecond, 250 * kMillisecond}) {
    for (unsigned threads : {1u, 2u}) {
      std::stringstream state;
      {
        Simulation first(options(threads));
        populate(first);
        first.run_until(at);
        boost::archive::binary_oarchive ar(state);
        first.save(ar);
      }
      Simulation second(options(3 - threads));  // resumed with the other thread count
      populate(second);
      boost::archive::binary_iarchive ar(state);
      second.load(ar);
      EXPECT_EQ(second.resume_time(), at);
      const RunStats got = second.run();
      EXPECT_EQ(got.fingerprint.hex(), expected.fingerprint.hex()) << "checkpoint at " << at << ", " << threads;
      std::uint64_t handled = 0;
      for (ActorId id = 0; id < 200; ++id) handled += static_cast<PholdActor*>(second.find(id))->handled();
      EXPECT_EQ(handled, expected.events);
    }
  }
}

TEST(Checkpoint, LoadRefusesAnotherActorGraphOrSeed) {
  std::stringstream state;
  {
    Simulation first(options(1));
    populate(first);
    first.run_until(50 * kMillisecond);
    boost::archive::binary_oarchive ar(state);
    first.save(ar);
  }
  const std::string bytes = state.str();
  {
    RunOptions o = options(1);
    o.seed = 6;
    Simulation other(o);
    populate(other);
    std::istringstream in(bytes);
    boost::archive::binary_iarchive ar(in);
    EXPECT_THROW(other.load(ar), std::runtime_error);
  }
  {
    Simulation smaller(options(1));
    const PholdParams params{150, 2, kMillisecond};
    for (ActorId id = 0; id < params.actors; ++id) smaller.add(std::make_unique<PholdActor>(id, params));
    std::istringstream in(bytes);
    boost::archive::binary_iarchive ar(in);
    try {
      smaller.load(ar);
      FAIL();
    } catch (const std::runtime_error& e) {
      EXPECT_NE(std::string(e.what()).find("200 actors"), std::string::npos) << e.what();
    }
  }
}

}  // namespace
}  // namespace preseason
