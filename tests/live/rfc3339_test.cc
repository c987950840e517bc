#include "live/rfc3339.h"

#include <gtest/gtest.h>

namespace preseason::live {
namespace {

TEST(Rfc3339, ParsesUtcWithAndWithoutFraction) {
  const Time base = start_of(days_from_civil(2025, 7, 1)) + 6 * kHour + 30 * kMinute;
  EXPECT_EQ(parse_rfc3339_utc("2025-07-01T06:30:00Z"), base);
  EXPECT_EQ(parse_rfc3339_utc("2025-07-01T06:30:00+00:00"), base);
  EXPECT_EQ(parse_rfc3339_utc("2025-07-01T06:30:00.25Z"), base + 250 * kMillisecond);
  EXPECT_EQ(parse_rfc3339_utc("2025-07-01T06:30:00.123456789Z"), base + 123456);
}

TEST(Rfc3339, RefusesOtherZonesAndImpossibleDates) {
  for (const char* bad : {"2025-07-01T06:30:00", "2025-07-01T06:30:00+02:00", "2025-07-01 06:30:00Z",
                          "2025-02-29T00:00:00Z", "2025-13-01T00:00:00Z", "2025-07-01T24:00:00Z",
                          "2025-07-01T06:30:00.Z", "2025-07-01", "", "2025-07-01T06:30:00Zjunk"})
    EXPECT_FALSE(parse_rfc3339_utc(bad)) << bad;
  EXPECT_TRUE(parse_rfc3339_utc("2024-02-29T00:00:00Z"));
}

TEST(Rfc3339, FormatRoundTrips) {
  for (const char* text : {"2025-07-01T06:30:00Z", "1999-12-31T23:59:59.000001Z", "2025-07-01T06:30:00.500000Z"})
    EXPECT_EQ(format_rfc3339_utc(*parse_rfc3339_utc(text)), text);
}

}  // namespace
}  // namespace preseason::live
