// Blocks come back as they went in, in any order, and the file never has a name.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <optional>
#include <string>

#include "data/spill_file.h"
#include "scratch_dir.h"

namespace preseason {
namespace {

// A temporary directory of the test's own, so that other tests' files in the shared one
// cannot come and go while this one looks for names.
class PrivateTempDir {
 public:
  PrivateTempDir() : dir_(testing::scratch_dir() + "spill") {
    std::filesystem::create_directories(dir_);
    const char* old = std::getenv("TMPDIR");
    if (old) old_ = old;
    ::setenv("TMPDIR", dir_.c_str(), 1);
  }
  ~PrivateTempDir() {
    if (old_) ::setenv("TMPDIR", old_->c_str(), 1);
    else ::unsetenv("TMPDIR");
    std::filesystem::remove_all(dir_);
  }
  bool empty() const { return std::filesystem::is_empty(dir_); }

 private:
  std::filesystem::path dir_;
  std::optional<std::string> old_;
};

TEST(SpillFile, ReadsBackEachBlockByItsPosition) {
  const PrivateTempDir temp;
  SpillFile f;
  const std::string big(3 << 20, 'x');
  const std::string binary("a\0b\0c", 5);
  const SpillFile::Block first = f.append("first");
  const SpillFile::Block second = f.append(big);
  const SpillFile::Block empty = f.append("");
  const SpillFile::Block third = f.append(binary);
  EXPECT_EQ(f.read(third), binary);
  EXPECT_EQ(f.read(first), "first");
  EXPECT_EQ(f.read(second), big);
  EXPECT_EQ(f.read(empty), "");
  EXPECT_EQ(second.offset, 5u);
  EXPECT_EQ(third.offset, 5u + big.size());
  EXPECT_TRUE(temp.empty());
}

TEST(SpillFile, ReadingPastTheEndFails) {
  SpillFile f;
  f.append("abc");
  EXPECT_THROW(f.read({1, 10}), std::runtime_error);
}

}  // namespace
}  // namespace preseason
