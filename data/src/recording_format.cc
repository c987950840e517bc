#include "data/recording_format.h"

#include <charconv>
#include <stdexcept>

namespace preseason::recording {

Version parse_version(const std::string& text) {
  Version v;
  const char* end = text.data() + text.size();
  auto [dot, ec] = std::from_chars(text.data(), end, v.major);
  if (ec != std::errc() || dot == end || *dot != '.') throw std::invalid_argument("bad version '" + text + "'");
  auto [rest, ec2] = std::from_chars(dot + 1, end, v.minor);
  if (ec2 != std::errc() || rest != end || dot + 1 == end) throw std::invalid_argument("bad version '" + text + "'");
  return v;
}

std::string version_text(Version v) { return std::to_string(v.major) + "." + std::to_string(v.minor); }

}  // namespace preseason::recording
