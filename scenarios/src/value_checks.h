// The allowed range of a number or count in the schema, with the phrase an error
// message uses for it ("expected a probability in [0, 1]").
#pragma once

#include <limits>
#include <string>

namespace preseason {

struct NumberCheck {
  double lo;
  double hi;
  bool lo_open;  // lo itself is not allowed
  const char* expected;

  bool ok(double x) const { return (lo_open ? x > lo : x >= lo) && x <= hi; }
};

struct IntegerCheck {
  long long lo;
  long long hi;
  const char* expected;

  bool ok(long long x) const { return x >= lo && x <= hi; }
};

inline constexpr double kInfinity = std::numeric_limits<double>::infinity();

inline constexpr NumberCheck kAnyNumber{-kInfinity, kInfinity, false, "a number"};
inline constexpr NumberCheck kNonNegative{0, kInfinity, false, "a number >= 0"};
inline constexpr NumberCheck kPositive{0, kInfinity, true, "a number > 0"};
inline constexpr NumberCheck kProbability{0, 1, false, "a probability in [0, 1]"};
inline constexpr NumberCheck kCorrelation{-1, 1, false, "a correlation in [-1, 1]"};
inline constexpr NumberCheck kRpe{0, 10, false, "an RPE in [0, 10]"};

// Counts fit every int and uint32 field they are read into.
inline constexpr IntegerCheck kPositiveCount{1, std::numeric_limits<int>::max(), "a positive integer"};
inline constexpr IntegerCheck kCount{0, std::numeric_limits<int>::max(), "a non-negative integer"};
inline constexpr IntegerCheck kSeed{0, std::numeric_limits<long long>::max(), "a non-negative integer"};
inline constexpr IntegerCheck kMatchesPerWeek{0, 2, "0, 1 or 2 matches a week"};

inline constexpr NumberCheck kShare{0, 1, false, "a share in [0, 1]"};

inline std::string expected_found(const std::string& what, const std::string& found) {
  return "expected " + what + ", found " + found;
}

}  // namespace preseason
