// Time in preseason: int64 microseconds since the Unix epoch, UTC, in every
// layer (recordings, engine, models). Calendar days are counted from the epoch.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace preseason {

using Time = std::int64_t;
using Day = std::int64_t;

constexpr Time kMicrosecond = 1;
constexpr Time kMillisecond = 1000 * kMicrosecond;
constexpr Time kSecond = 1000 * kMillisecond;
constexpr Time kMinute = 60 * kSecond;
constexpr Time kHour = 60 * kMinute;
constexpr Time kDay = 24 * kHour;

// The fixed moments of a day, so a simulated day has the shape of a live one.
enum class Phase { kMorning, kDecision, kTraining, kMatch, kSleep };

constexpr Day day_of(Time t) { return t >= 0 ? t / kDay : -((-t + kDay - 1) / kDay); }
constexpr Time start_of(Day d) { return d * kDay; }
constexpr Time time_of_day(Time t) { return t - start_of(day_of(t)); }
Time phase_offset(Phase p);
inline Time at(Day d, Phase p) { return start_of(d) + phase_offset(p); }

// Proleptic Gregorian conversions.
Day days_from_civil(int year, unsigned month, unsigned day);
void civil_from_days(Day d, int& year, unsigned& month, unsigned& day);

// "YYYY-MM-DD" -> Day; throws std::invalid_argument naming the text.
Day parse_date(std::string_view text);
// "YYYY-MM-DD", "YYYY-MM-DDTHH:MM[:SS[.ffffff]][Z]" or with a space -> Time (UTC).
Time parse_time(std::string_view text);

std::string format_date(Day d);
// ISO 8601 UTC with seconds, e.g. "2025-07-01T10:00:00Z".
std::string format_time(Time t);

}  // namespace preseason
