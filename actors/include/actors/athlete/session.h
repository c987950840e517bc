// What an athlete actually did in one session, and what it did to them. The
// planner proposes sessions of the same shape, so a plan and its execution can be
// compared field by field.
#pragma once

#include <cstdint>

namespace preseason {

// Session types of a football microcycle, named by their role; md_label() gives
// the match-day-relative name coaches use.
enum class SessionType : std::uint8_t {
  kRest,
  kPreseason,     // pre-season block, load progressing week by week
  kStrength,      // MD-4: strength / high intensity, small-sided games
  kVolume,        // MD-3: high volume, large pitch
  kModerate,      // MD-2: moderate, tactical
  kActivation,    // MD-1: activation, low load
  kMatch,         // MD (competitive or pre-season friendly)
  kRecovery,      // MD+1 for starters
  kCompensatory,  // MD+1 for those who played little
};
inline constexpr int kSessionTypeCount = 9;

const char* md_label(SessionType t);

struct Session {
  SessionType type = SessionType::kRest;
  double minutes = 0;
  // Rating of perceived exertion, CR-10 (0-10); for a plan, the target.
  double rpe = 0;
  // Share of the session's running at high speed, 0 (none) to 1 (match-like).
  double intensity = 0;

  bool is_match() const { return type == SessionType::kMatch; }
  bool is_rest() const { return type == SessionType::kRest || minutes <= 0; }

  template <class Ar> void serialize(Ar& ar, unsigned) { ar & type & minutes & rpe & intensity; }
};

// Movement the athlete actually produced; a GPS unit measures it with its own error.
struct ExternalLoad {
  double distance_m = 0;
  double high_speed_m = 0;  // > 19.8 km/h
  double sprint_m = 0;      // > 25.2 km/h
  double accelerations = 0;  // count > 3 m/s^2
};

struct SessionOutcome {
  SessionType type = SessionType::kRest;
  // Minutes actually completed: shorter than planned when injured during it.
  double minutes = 0;
  // The athlete's own rating, drawn around the target and pushed up by fatigue.
  double rpe = 0;
  // Session RPE load (Foster 2001), arbitrary units = rpe * minutes.
  double srpe_load = 0;
  ExternalLoad external;
  bool injured = false;
  // Days of time loss when injured, otherwise 0.
  int days_out = 0;
};

}  // namespace preseason
