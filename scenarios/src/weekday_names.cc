#include "weekday_names.h"

#include <algorithm>
#include <cctype>

namespace preseason {

namespace {

constexpr const char* kNames[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

}  // namespace

const char* weekday_name(int weekday) { return weekday >= 0 && weekday < 7 ? kNames[weekday] : "?"; }

std::optional<int> weekday_from_text(const std::string& text) {
  if (text.size() == 1 && text[0] >= '0' && text[0] <= '6') return text[0] - '0';
  std::string lower = text;
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  for (int d = 0; d < 7; ++d) {
    if (lower == kNames[d]) return d;
  }
  return std::nullopt;
}

}  // namespace preseason
