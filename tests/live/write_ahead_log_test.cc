#include "live/write_ahead_log.h"

#include <gtest/gtest.h>
#include <filesystem>
#include <fstream>

#include "scratch_dir.h"

namespace preseason::live {
namespace {

namespace fs = std::filesystem;

class WriteAheadLogTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::path(testing::scratch_dir() + "wal");
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    path_ = (dir_ / "ingest.wal").string();
  }
  void TearDown() override { fs::remove_all(dir_); }

  WalRecovery reopen() {
    WalRecovery r;
    WriteAheadLog log(path_, r);
    return r;
  }
  void write_three() {
    WalRecovery r;
    WriteAheadLog log(path_, r);
    log.append(1, "first");
    log.append(2, std::string(1000, 'x'));
    log.append(3, "third");
  }
  void chop(std::uintmax_t bytes) { fs::resize_file(path_, fs::file_size(path_) - bytes); }
  void poke(std::uintmax_t from_end, char c) {
    std::fstream f(path_, std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(static_cast<std::streamoff>(fs::file_size(path_) - from_end));
    f.put(c);
  }

  fs::path dir_;
  std::string path_;
};

TEST_F(WriteAheadLogTest, RecordsSurviveReopening) {
  write_three();
  const WalRecovery r = reopen();
  ASSERT_EQ(r.records.size(), 3u);
  EXPECT_EQ(r.records[0].payload, "first");
  EXPECT_EQ(r.records[1].payload, std::string(1000, 'x'));
  EXPECT_EQ(r.records[2].sequence, 3u);
  EXPECT_EQ(r.truncated_bytes, 0u);
}

TEST_F(WriteAheadLogTest, EveryCutOfTheLastRecordLosesOnlyThatRecord) {
  write_three();
  const auto whole = fs::file_size(path_);
  const std::uintmax_t last = 16 + 5;
  for (std::uintmax_t cut = 1; cut <= last; ++cut) {
    SCOPED_TRACE(cut);
    {
      WalRecovery r;
      WriteAheadLog log(path_, r);  // restore the third record after the previous round
      if (r.records.size() == 2) log.append(3, "third");
    }
    ASSERT_EQ(fs::file_size(path_), whole);
    chop(cut);
    const WalRecovery r = reopen();
    ASSERT_EQ(r.records.size(), 2u);
    EXPECT_EQ(r.truncated_bytes, last - cut);
    EXPECT_EQ(fs::file_size(path_), whole - last);
  }
  WalRecovery r;
  WriteAheadLog log(path_, r);
  log.append(3, "again");
  EXPECT_EQ(reopen().records.back().payload, "again");
}

TEST_F(WriteAheadLogTest, CorruptLastRecordIsCut) {
  write_three();
  poke(2, 'Z');  // inside the payload "third"
  const WalRecovery r = reopen();
  ASSERT_EQ(r.records.size(), 2u);
  EXPECT_EQ(r.truncation_reason, "corrupt record");
}

TEST_F(WriteAheadLogTest, ZeroFilledTailIsCut) {
  write_three();
  std::ofstream(path_, std::ios::app | std::ios::binary) << std::string(4096, '\0');
  const WalRecovery r = reopen();
  EXPECT_EQ(r.records.size(), 3u);
  EXPECT_EQ(r.truncated_bytes, 4096u);
}

TEST_F(WriteAheadLogTest, CorruptionBeforeIntactRecordsIsRefused) {
  write_three();
  poke(16 + 5 + 2, 'Z');  // inside record 2, record 3 follows intact
  EXPECT_THROW(reopen(), WalError);
}

TEST_F(WriteAheadLogTest, ForeignFilesAreNotTouched) {
  std::ofstream(path_) << "name,value\nhello,1\n";
  EXPECT_THROW(reopen(), WalError);
  EXPECT_EQ(fs::file_size(path_), 19u);
}

TEST_F(WriteAheadLogTest, SequencesMustIncrease) {
  WalRecovery r;
  WriteAheadLog log(path_, r);
  log.append(5, "a");
  EXPECT_THROW(log.append(5, "b"), WalError);
  EXPECT_EQ(log.last_sequence(), 5u);
}

TEST_F(WriteAheadLogTest, AGroupIsWrittenWholeOrNotAtAll) {
  {
    WalRecovery r;
    WriteAheadLog log(path_, r);
    log.append({{1, "first"}, {2, "second"}, {3, "third"}});
    const auto size = log.size_bytes();
    EXPECT_THROW(log.append({{4, "fourth"}, {4, "again"}}), WalError);
    EXPECT_EQ(log.size_bytes(), size);
    EXPECT_EQ(log.last_sequence(), 3u);
    log.append({{4, "fourth"}});
  }
  const WalRecovery r = reopen();
  ASSERT_EQ(r.records.size(), 4u);
  EXPECT_EQ(r.records[1].payload, "second");
  EXPECT_EQ(r.records[3].sequence, 4u);
  EXPECT_EQ(r.truncated_bytes, 0u);
}

}  // namespace
}  // namespace preseason::live
