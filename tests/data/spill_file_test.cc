// Blocks come back as they went in, in any order, and the file never has a name.
#include <gtest/gtest.h>

#include <filesystem>
#include <set>

#include "data/spill_file.h"

namespace preseason {
namespace {

std::set<std::string> temp_entries() {
  std::set<std::string> names;
  for (const auto& e : std::filesystem::directory_iterator(std::filesystem::temp_directory_path()))
    names.insert(e.path().filename().string());
  return names;
}

TEST(SpillFile, ReadsBackEachBlockByItsPosition) {
  const auto before = temp_entries();
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
  EXPECT_EQ(temp_entries(), before);
}

TEST(SpillFile, ReadingPastTheEndFails) {
  SpillFile f;
  f.append("abc");
  EXPECT_THROW(f.read({1, 10}), std::runtime_error);
}

}  // namespace
}  // namespace preseason
