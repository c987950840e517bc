#include <gtest/gtest.h>

#include "data/time.h"

namespace preseason {
namespace {

TEST(Time, DatesRoundTripAcrossEpochAndLeapYears) {
  EXPECT_EQ(parse_date("1970-01-01"), 0);
  EXPECT_EQ(parse_date("2000-03-01") - parse_date("2000-02-28"), 2);
  EXPECT_EQ(parse_date("1900-03-01") - parse_date("1900-02-28"), 1);
  for (Day d = -800; d < 30000; d += 37) EXPECT_EQ(parse_date(format_date(d)), d);
  EXPECT_EQ(format_date(parse_date("2025-07-01")), "2025-07-01");
}

TEST(Time, ParsesTheTimestampFormatsOfRealExports) {
  const Time base = parse_time("2019-11-01T00:00:00Z");
  EXPECT_EQ(parse_time("2019-11-01T06:30:00.000Z"), base + 6 * kHour + 30 * kMinute);
  EXPECT_EQ(parse_time("2019-11-01 06:30:15"), base + 6 * kHour + 30 * kMinute + 15 * kSecond);
  EXPECT_EQ(parse_time("2019-11-01T06:30"), base + 6 * kHour + 30 * kMinute);
  EXPECT_EQ(parse_time("2019-11-01T00:00:00.25Z"), base + 250 * kMillisecond);
  EXPECT_EQ(parse_time("2019-11-01"), base);
  EXPECT_EQ(format_time(base + 10 * kHour + 5 * kSecond), "2019-11-01T10:00:05Z");
}

TEST(Time, RejectsImpossibleDatesWithTheText) {
  for (const char* bad : {"2025-02-29", "2025-13-01", "2025-00-10", "25-01-01", "2025/01/01", "2025-01-01X",
                          "2025-01-01T25:00", "2025-01-01T10"}) {
    try {
      parse_time(bad);
      FAIL() << bad;
    } catch (const std::invalid_argument& e) {
      EXPECT_NE(std::string(e.what()).find(bad), std::string::npos) << e.what();
    }
  }
  EXPECT_NO_THROW(parse_date("2024-02-29"));
}

TEST(Time, DayArithmeticAndPhases) {
  EXPECT_EQ(day_of(-1), -1);
  EXPECT_EQ(day_of(0), 0);
  EXPECT_EQ(day_of(kDay - 1), 0);
  EXPECT_EQ(time_of_day(-1), kDay - 1);
  const Day d = parse_date("2025-08-10");
  EXPECT_EQ(format_time(at(d, Phase::kMorning)), "2025-08-10T06:30:00Z");
  EXPECT_EQ(format_time(at(d, Phase::kDecision)), "2025-08-10T07:30:00Z");
  EXPECT_EQ(format_time(at(d, Phase::kTraining)), "2025-08-10T10:00:00Z");
  EXPECT_EQ(format_time(at(d, Phase::kMatch)), "2025-08-10T18:00:00Z");
  EXPECT_EQ(format_time(at(d, Phase::kSleep)), "2025-08-10T23:00:00Z");
}

}  // namespace
}  // namespace preseason
