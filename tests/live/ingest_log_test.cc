#include "live/ingest_log.h"

#include <gtest/gtest.h>
#include <filesystem>
#include <thread>
#include <vector>

#include "scratch_dir.h"

namespace preseason::live {
namespace {

namespace fs = std::filesystem;

IngestBatch batch(const std::string& athlete, double value) {
  IngestBatch b;
  b.readings.push_back({athlete, "ring-" + athlete, "ln_rmssd", 1000 * kSecond, value, "ln_ms"});
  return b;
}

class IngestLogTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = testing::scratch_dir() + "ingest";
    fs::remove_all(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string dir_;
};

TEST_F(IngestLogTest, SequencesIncreaseAndSurviveRestart) {
  {
    IngestLog log(dir_);
    EXPECT_EQ(log.append("dev", "", batch("a01", 4.0), 0).sequence, 1u);
    EXPECT_EQ(log.append("dev", "", batch("a02", 4.1), 0).sequence, 2u);
  }
  IngestLog log(dir_);
  EXPECT_EQ(log.stats().last_sequence, 2u);
  EXPECT_EQ(log.append("dev", "", batch("a01", 4.2), 0).sequence, 3u);
  const auto a01 = log.readings_of("a01");
  ASSERT_EQ(a01.size(), 2u);
  EXPECT_EQ(a01[0].sequence, 1u);
  EXPECT_DOUBLE_EQ(a01[1].reading.value, 4.2);
  EXPECT_EQ(log.readings_of("a02").size(), 1u);
  EXPECT_TRUE(log.readings_of("a03").empty());
}

TEST_F(IngestLogTest, RepeatedKeyReturnsTheOriginalEvenAfterRestart) {
  {
    IngestLog log(dir_);
    EXPECT_EQ(log.append("dev", "k1", batch("a01", 4.0), 0).kind, AppendOutcome::kAppended);
  }
  IngestLog log(dir_);
  const AppendOutcome again = log.append("dev", "k1", batch("a01", 4.0), 0);
  EXPECT_EQ(again.kind, AppendOutcome::kReplayed);
  EXPECT_EQ(again.sequence, 1u);
  EXPECT_EQ(again.readings, 1u);
  EXPECT_EQ(log.append("dev", "k1", batch("a01", 9.9), 0).kind, AppendOutcome::kKeyConflict);
  // Keys belong to a principal: another one may use the same key.
  EXPECT_EQ(log.append("other", "k1", batch("a01", 4.0), 0).sequence, 2u);
  EXPECT_EQ(log.stats().batches, 2u);
  EXPECT_EQ(log.readings_of("a01").size(), 2u);
}

TEST_F(IngestLogTest, ConcurrentAppendsShareSyncsAndKeepEveryBatchOnce) {
  constexpr int kThreads = 8, kEach = 40;
  std::vector<std::vector<AppendOutcome>> outcomes(kThreads);
  {
    IngestLog log(dir_);
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t)
      threads.emplace_back([&, t] {
        // Each key is sent twice, at once by two threads, to race a retry against its original.
        for (int i = 0; i < kEach; ++i)
          outcomes[t].push_back(log.append("dev", "k" + std::to_string(t / 2) + "-" + std::to_string(i),
                                           batch("a01", (t / 2) * 1000 + i), 0));
      });
    for (auto& th : threads) th.join();
    EXPECT_EQ(log.stats().batches, std::size_t{kThreads / 2 * kEach});
  }
  IngestLog log(dir_);
  const auto stored = log.readings_of("a01");
  ASSERT_EQ(stored.size(), std::size_t{kThreads / 2 * kEach});
  for (std::size_t i = 0; i < stored.size(); ++i) EXPECT_EQ(stored[i].sequence, i + 1);
  for (int t = 0; t < kThreads; t += 2)
    for (int i = 0; i < kEach; ++i) {
      const AppendOutcome &a = outcomes[t][i], &b = outcomes[t + 1][i];
      EXPECT_EQ(a.sequence, b.sequence);
      EXPECT_EQ((a.kind == AppendOutcome::kAppended) + (b.kind == AppendOutcome::kAppended), 1);
      EXPECT_DOUBLE_EQ(stored[a.sequence - 1].reading.value, (t / 2) * 1000 + i);
    }
}

TEST_F(IngestLogTest, StoreIsExclusive) {
  IngestLog log(dir_);
  EXPECT_THROW(IngestLog second(dir_), std::runtime_error);
}

}  // namespace
}  // namespace preseason::live
