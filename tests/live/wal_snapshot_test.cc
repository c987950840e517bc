// Reading a write-ahead log on from where an earlier read ended: only the records added
// since, a torn tail left pending, and damage refused with its place in the file.
#include "live/wal_snapshot.h"

#include <gtest/gtest.h>
#include <filesystem>
#include <fstream>

#include "scratch_dir.h"

namespace preseason::live {
namespace {

namespace fs = std::filesystem;

class WalSnapshotTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::path(testing::scratch_dir() + "wal-since");
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    path_ = (dir_ / "ingest.wal").string();
  }
  void TearDown() override { fs::remove_all(dir_); }

  void append(std::uint64_t first, std::uint64_t last) {
    WalRecovery r;
    WriteAheadLog log(path_, r);
    for (std::uint64_t s = first; s <= last; ++s) log.append(s, "batch " + std::to_string(s));
  }

  fs::path dir_;
  std::string path_;
};

TEST_F(WalSnapshotTest, ReadingOnGivesOnlyTheRecordsAddedSince) {
  append(1, 3);
  const WalSnapshot first = read_wal_snapshot(path_);
  ASSERT_EQ(first.records.size(), 3u);
  EXPECT_EQ(first.end, fs::file_size(path_));
  append(4, 5);
  const WalSnapshot next = read_wal_since(path_, first.end, 3);
  ASSERT_EQ(next.records.size(), 2u);
  EXPECT_EQ(next.records[0].sequence, 4u);
  EXPECT_EQ(next.records[1].payload, "batch 5");
  EXPECT_EQ(next.end, fs::file_size(path_));
  EXPECT_EQ(next.pending_bytes, 0u);
  EXPECT_TRUE(read_wal_since(path_, next.end, 5).records.empty());
}

TEST_F(WalSnapshotTest, ATornTailIsPendingNotARecord) {
  append(1, 2);
  const WalSnapshot first = read_wal_snapshot(path_);
  append(3, 3);
  fs::resize_file(path_, fs::file_size(path_) - 3);
  const WalSnapshot next = read_wal_since(path_, first.end, 2);
  EXPECT_TRUE(next.records.empty());
  EXPECT_EQ(next.end, first.end);
  EXPECT_EQ(next.pending_bytes, fs::file_size(path_) - first.end);
}

TEST_F(WalSnapshotTest, DamageBeforeIntactRecordsIsRefusedWithItsPlaceInTheFile) {
  append(1, 2);
  const WalSnapshot first = read_wal_snapshot(path_);
  append(3, 4);
  {
    std::fstream f(path_, std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(static_cast<std::streamoff>(first.end + 16 + 2));  // inside record 3's payload
    f.put('Z');
  }
  try {
    read_wal_since(path_, first.end, 2);
    FAIL() << "damage was not refused";
  } catch (const WalError& e) {
    EXPECT_NE(std::string(e.what()).find(path_), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("at byte " + std::to_string(first.end)), std::string::npos) << e.what();
  }
}

TEST_F(WalSnapshotTest, ARecordNotAfterTheLastOneReadIsDamage) {
  append(1, 2);
  const WalSnapshot first = read_wal_snapshot(path_);
  append(3, 4);
  // Read as if sequence 3 had been seen already: record 3 then breaks the order.
  EXPECT_THROW(read_wal_since(path_, first.end, 3), WalError);
}

}  // namespace
}  // namespace preseason::live
