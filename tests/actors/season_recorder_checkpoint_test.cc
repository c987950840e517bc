// A season recorder saved halfway and loaded into a fresh one finishes the same file byte
// for byte, also when it had already moved what it held to its spill file before the save.
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

#include <gtest/gtest.h>

#include "actors/features/feature_id.h"
#include "actors/season/season_kinds.h"
#include "actors/season/season_recorder.h"
#include "scratch_dir.h"

namespace preseason::season {
namespace {

const SeasonLayout kLayout{2};
// The save comes after each actor has spilled what it held (a quarter of kBuffered
// values: 23 a step for an athlete, 6 for its pipeline) eight times or more.
constexpr int kSteps = 45000;
constexpr int kSaveAt = 35000;
constexpr std::size_t kBuffered = 100000;

std::string scratch(const std::string& name) {
  const auto dir = std::filesystem::path(testing::scratch_dir() + "recorder_ckpt");
  std::filesystem::create_directories(dir);
  return (dir / name).string();
}

std::unique_ptr<SeasonRecorder> open(const std::string& path, std::uint32_t athletes = 2,
                                     std::size_t buffered = kBuffered) {
  std::vector<RecordedAthlete> squad;
  for (std::uint32_t i = 0; i < athletes; ++i) squad.push_back({"a00" + std::to_string(i + 1), {{"position", "mid"}}});
  auto r = std::make_unique<SeasonRecorder>(path, RecordingInfo{"test", "synthetic"}, SeasonLayout{athletes}, squad,
                                            "fixed", RecordScope::kAll, buffered);
  r->set_attribute("seed", "7");
  return r;
}

// Step s: a truth sample per athlete (four streams) and a session row, whose external load
// comes in a second record, from its athlete actor; a feature row of three channels from
// its pipeline.
void feed(SeasonRecorder& r, int from, int to) {
  for (int s = from; s < to; ++s) {
    const Time t = s * kMinute;
    for (std::uint32_t i = 0; i < kLayout.athletes; ++i) {
      r.take(t, kLayout.athlete(i), kTruthRecord, Payload{1.0 * s, 0.5 * i, 4.0, 8.0}, nullptr);
      r.take(t, kLayout.athlete(i), kSessionRecord, Payload{2, 60, 5, 300.0 + s}, nullptr);
      r.take(t, kLayout.athlete(i), kExternalLoadRecord, Payload{5000.0 + s, 400, 80, 30}, nullptr);
      Payload features{20000.0 + s / 1440, s % 7 == 0 ? 1.0 : 0.0};
      features.batch = std::make_shared<const SampleBatch>(
          SampleBatch{{t, 0, 0.1 * s}, {t, 4, 1.0 * i}, {t, kFeatureCount + 1, -0.5 * s}});
      r.take(t, kLayout.pipeline(i), kFeatureRecord, features, nullptr);
    }
  }
}

std::string bytes(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(f), {}};
}

TEST(SeasonRecorderCheckpoint, ResumedRecorderWritesTheSameFile) {
  const std::string whole = scratch("whole.h5"), saved = scratch("saved.h5"), resumed = scratch("resumed.h5");
  auto w = open(whole);
  feed(*w, 0, kSteps);
  w->finish();

  std::stringstream state;
  auto s = open(saved);
  feed(*s, 0, kSaveAt);
  {
    boost::archive::binary_oarchive ar(state);
    s->save(ar);
  }
  feed(*s, kSaveAt, kSteps);
  s->finish();

  auto r = open(resumed);
  {
    boost::archive::binary_iarchive ar(state);
    r->load(ar);
  }
  feed(*r, kSaveAt, kSteps);
  r->finish();

  // Spilling never shows in the file.
  const std::string unspilled = scratch("unspilled.h5");
  auto u = open(unspilled, 2, SeasonRecorder::kBufferedValues);
  feed(*u, 0, kSteps);
  u->finish();

  const std::string expected = bytes(unspilled);
  ASSERT_GT(expected.size(), 100000u);
  EXPECT_TRUE(bytes(whole) == expected);
  EXPECT_TRUE(bytes(saved) == expected);
  EXPECT_TRUE(bytes(resumed) == expected);
}

// A spill may come after any record an actor emits, and none splits a row in two: a
// session's row ends with its external load.
TEST(SeasonRecorderCheckpoint, SpillingAfterEachRecordWritesTheSameFile) {
  const std::string each = scratch("each.h5"), unspilled = scratch("unspilled_short.h5");
  auto e = open(each, 2, 1);
  feed(*e, 0, 200);
  e->finish();
  auto u = open(unspilled, 2, SeasonRecorder::kBufferedValues);
  feed(*u, 0, 200);
  u->finish();
  const std::string expected = bytes(unspilled);
  ASSERT_GT(expected.size(), 10000u);
  EXPECT_TRUE(bytes(each) == expected);
}

TEST(SeasonRecorderCheckpoint, NeedsTheSameSquad) {
  auto s = open(scratch("unsaved.h5"));
  std::stringstream state;
  {
    boost::archive::binary_oarchive ar(state);
    feed(*s, 0, 100);
    s->save(ar);
  }
  auto other = open(scratch("other.h5"), 3);
  boost::archive::binary_iarchive ar(state);
  EXPECT_THROW(other->load(ar), std::runtime_error);
}

}  // namespace
}  // namespace preseason::season
