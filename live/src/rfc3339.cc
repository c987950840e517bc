#include "live/rfc3339.h"

#include <cstdio>
#include <stdexcept>
#include <string>

namespace preseason::live {

std::optional<Time> parse_rfc3339_utc(std::string_view s) {
  // The wire format is stricter than data/time.h (an explicit UTC zone, 'T', seconds, a
  // fraction with digits); the calendar checks and the arithmetic are data/time.h's.
  std::string_view body = s;
  if (body.size() > 6 && body.substr(body.size() - 6) == "+00:00") {
    body.remove_suffix(6);
  } else if (!body.empty() && (body.back() == 'Z' || body.back() == 'z')) {
    body.remove_suffix(1);
  } else {
    return std::nullopt;
  }
  if (body.size() < 19 || (body[10] != 'T' && body[10] != 't') || body[16] != ':' || body.back() == '.')
    return std::nullopt;
  std::string text(body);
  text[10] = 'T';
  try {
    const Time t = parse_time(text);
    if (text[17] == '6') return std::nullopt;  // parse_time allows a leap second; UTC instants here do not
    return t;
  } catch (const std::invalid_argument&) {
    return std::nullopt;
  }
}

std::string format_rfc3339_utc(Time t) {
  const Day d = day_of(t);
  int year;
  unsigned month, day;
  civil_from_days(d, year, month, day);
  const Time rest = t - start_of(d);
  const long long micros = rest % kSecond;
  char buf[48];
  const long long secs = rest / kSecond;
  if (micros == 0)
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02lld:%02lld:%02lldZ", year, month, day, secs / 3600,
                  secs / 60 % 60, secs % 60);
  else
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02lld:%02lld:%02lld.%06lldZ", year, month, day, secs / 3600,
                  secs / 60 % 60, secs % 60, micros);
  return buf;
}

}  // namespace preseason::live
