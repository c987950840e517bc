#include "data/source_values.h"

#include <charconv>
#include <cmath>
#include <stdexcept>
#include <string>

namespace preseason {

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

}  // namespace

std::optional<double> parse_number(std::string_view text) {
  text = trim(text);
  if (!text.empty() && text.front() == '+') text.remove_prefix(1);
  double v = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size() || !std::isfinite(v)) return std::nullopt;
  return v;
}

std::optional<Time> parse_source_time(std::string_view text) {
  text = trim(text);
  try {
    if (text.size() >= 10 && text[2] == '/' && text[5] == '/') {
      const std::string iso = std::string(text.substr(6, 4)) + "-" + std::string(text.substr(3, 2)) + "-" +
                              std::string(text.substr(0, 2)) + std::string(text.substr(10));
      return parse_time(iso);
    }
    return parse_time(text);
  } catch (const std::invalid_argument&) {
    return std::nullopt;
  }
}

}  // namespace preseason
