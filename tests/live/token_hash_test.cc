#include "live/token_hash.h"

#include <gtest/gtest.h>

namespace preseason::live {
namespace {

TEST(TokenHash, Sha256MatchesTheStandardVector) {
  EXPECT_EQ(sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(TokenHash, ConstantTimeEqualComparesWholeStrings) {
  EXPECT_TRUE(constant_time_equal("abcd", "abcd"));
  EXPECT_FALSE(constant_time_equal("abcd", "abce"));
  EXPECT_FALSE(constant_time_equal("abcd", "abc"));
  EXPECT_TRUE(constant_time_equal("", ""));
}

}  // namespace
}  // namespace preseason::live
