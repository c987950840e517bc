// The names and versions of the preseason recording layouts (docs/recording-format.md):
// 1.x keeps each athlete's columns in its own group, 2.x keeps one column per stream or
// table for the whole squad. A reader accepts both; MINOR bumps only add things.
#pragma once

#include <string>

namespace preseason::recording {

inline constexpr char kFormatName[] = "preseason-recording";
inline constexpr char kAthletes[] = "athletes";
inline constexpr char kTeam[] = "team";  // 1.1: squad-level tables, e.g. the calendar
inline constexpr char kStreams[] = "streams";
inline constexpr char kTables[] = "tables";
inline constexpr char kTime[] = "time";
inline constexpr char kValue[] = "value";
inline constexpr char kUploaded[] = "uploaded";
inline constexpr char kSquad[] = "squad";      // 2.0: the squad's columns
inline constexpr char kOffsets[] = "offsets";  // 2.0: where each athlete's rows start

struct Version {
  int major = 0;
  int minor = 0;
};

inline constexpr Version kAthleteLayout{1, 1};  // 1.1 added a stream's optional `uploaded` column
inline constexpr Version kSquadLayout{2, 1};  // 2.1 stores short text fixed-length
inline constexpr int kNewestMajor = kSquadLayout.major;

// "MAJOR.MINOR" -> Version; throws std::invalid_argument for anything else.
Version parse_version(const std::string& text);
std::string version_text(Version v);

}  // namespace preseason::recording
