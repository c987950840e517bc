// The names and version of the preseason recording layout (docs/recording-format.md).
// A reader accepts any file of the same MAJOR version; MINOR bumps only add things.
#pragma once

#include <string>

namespace preseason::recording {

inline constexpr char kFormatName[] = "preseason-recording";
inline constexpr int kMajor = 1;
inline constexpr int kMinor = 1;  // 1.1 added a stream's optional `uploaded` column

inline constexpr char kAthletes[] = "athletes";
inline constexpr char kTeam[] = "team";  // 1.1: squad-level tables, e.g. the calendar
inline constexpr char kStreams[] = "streams";
inline constexpr char kTables[] = "tables";
inline constexpr char kTime[] = "time";
inline constexpr char kValue[] = "value";
inline constexpr char kUploaded[] = "uploaded";

struct Version {
  int major = 0;
  int minor = 0;
};

// "MAJOR.MINOR" -> Version; throws std::invalid_argument for anything else.
Version parse_version(const std::string& text);
std::string current_version();

}  // namespace preseason::recording
