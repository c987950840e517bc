// Timestamps on the wire: RFC 3339 in UTC only ("2025-07-01T06:30:00Z", optional
// fraction, "Z" or "+00:00"), so a reading's time never depends on a client's zone.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "data/time.h"

namespace preseason::live {

// Empty when `text` is not such a timestamp or names no real instant (2025-02-30).
// Digits beyond microseconds are truncated.
std::optional<Time> parse_rfc3339_utc(std::string_view text);

// "2025-07-01T06:30:00Z", with ".ffffff" only when the microseconds are not zero.
std::string format_rfc3339_utc(Time t);

}  // namespace preseason::live
