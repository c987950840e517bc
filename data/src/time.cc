#include "data/time.h"

#include <charconv>
#include <stdexcept>

namespace preseason {

Time phase_offset(Phase p) {
  switch (p) {
    case Phase::kMorning: return 6 * kHour + 30 * kMinute;
    case Phase::kDecision: return 7 * kHour + 30 * kMinute;
    case Phase::kTraining: return 10 * kHour;
    case Phase::kMatch: return 18 * kHour;
    case Phase::kSleep: return 23 * kHour;
  }
  return 0;
}

// Howard Hinnant's days_from_civil / civil_from_days algorithms.
Day days_from_civil(int y, unsigned m, unsigned d) {
  y -= m <= 2;
  const Day era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<Day>(doe) - 719468;
}

void civil_from_days(Day z, int& year, unsigned& month, unsigned& day) {
  z += 719468;
  const Day era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  day = doy - (153 * mp + 2) / 5 + 1;
  month = mp < 10 ? mp + 3 : mp - 9;
  year = static_cast<int>(yoe + era * 400 + (month <= 2));
}

namespace {

[[noreturn]] void bad(std::string_view text, const char* why) {
  throw std::invalid_argument("invalid date/time '" + std::string(text) + "': " + why);
}

int number(std::string_view text, std::string_view whole, std::size_t pos, std::size_t len) {
  if (pos + len > text.size()) bad(whole, "too short");
  int v = 0;
  for (std::size_t i = pos; i < pos + len; ++i) {
    if (text[i] < '0' || text[i] > '9') bad(whole, "expected a digit");
    v = v * 10 + (text[i] - '0');
  }
  return v;
}

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

unsigned days_in_month(int y, unsigned m) {
  static constexpr unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && leap(y) ? 29 : kDays[m - 1];
}

Day parse_date_prefix(std::string_view text) {
  const int y = number(text, text, 0, 4);
  if (text.size() < 10 || text[4] != '-' || text[7] != '-') bad(text, "expected YYYY-MM-DD");
  const int m = number(text, text, 5, 2);
  const int d = number(text, text, 8, 2);
  if (m < 1 || m > 12) bad(text, "month out of range");
  if (d < 1 || static_cast<unsigned>(d) > days_in_month(y, static_cast<unsigned>(m)))
    bad(text, "day out of range");
  return days_from_civil(y, static_cast<unsigned>(m), static_cast<unsigned>(d));
}

}  // namespace

Day parse_date(std::string_view text) {
  const Day d = parse_date_prefix(text);
  if (text.size() != 10) bad(text, "trailing characters after YYYY-MM-DD");
  return d;
}

Time parse_time(std::string_view text) {
  Time t = start_of(parse_date_prefix(text));
  if (text.size() == 10) return t;
  if (text[10] != 'T' && text[10] != ' ') bad(text, "expected 'T' or ' ' after the date");
  const int hh = number(text, text, 11, 2);
  if (text.size() < 16 || text[13] != ':') bad(text, "expected HH:MM");
  const int mm = number(text, text, 14, 2);
  int ss = 0;
  Time frac = 0;
  std::size_t pos = 16;
  if (pos < text.size() && text[pos] == ':') {
    ss = number(text, text, pos + 1, 2);
    pos += 3;
    if (pos < text.size() && text[pos] == '.') {
      ++pos;
      Time scale = 100000;
      while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
        frac += (text[pos] - '0') * scale;
        scale /= 10;
        ++pos;
      }
    }
  }
  if (pos < text.size() && text[pos] == 'Z') ++pos;
  if (pos != text.size()) bad(text, "trailing characters");
  if (hh > 23 || mm > 59 || ss > 60) bad(text, "time of day out of range");
  return t + hh * kHour + mm * kMinute + ss * kSecond + frac;
}

std::string format_date(Day d) {
  int y;
  unsigned m, dd;
  civil_from_days(d, y, m, dd);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", y, m, dd);
  return buf;
}

std::string format_time(Time t) {
  const Time s = time_of_day(t) / kSecond;
  char buf[32];
  std::snprintf(buf, sizeof buf, "T%02d:%02d:%02dZ", static_cast<int>(s / 3600),
                static_cast<int>(s / 60 % 60), static_cast<int>(s % 60));
  return format_date(day_of(t)) + buf;
}

}  // namespace preseason
