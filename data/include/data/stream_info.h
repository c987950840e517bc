// What a numeric stream measures and where it came from; stored as attributes of the
// stream's group. Streams are named "<source>.<metric>" so two devices never collide.
#pragma once

#include <map>
#include <string>

namespace preseason {

struct StreamInfo {
  std::string metric;  // canonical name, e.g. "resting_hr"
  std::string unit;    // e.g. "bpm", "min", "1-5"
  std::string source;  // the device or app instance, e.g. "fitbit", "pmsys"
  std::string vendor;  // whose scale the values are on, e.g. "Fitbit"
  std::string name() const { return source.empty() ? metric : source + "." + metric; }
};

using Attributes = std::map<std::string, std::string>;

}  // namespace preseason
