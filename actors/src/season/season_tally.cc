#include "actors/season/season_tally.h"

#include "actors/policy/decision.h"
#include "actors/athlete/session.h"
#include "actors/season/season_kinds.h"

namespace preseason::season {

SeasonTotals since(const SeasonTotals& end, const SeasonTotals& start) {
  SeasonTotals d = end;
  d.athlete_days -= start.athlete_days;
  d.available_days -= start.available_days;
  d.injured_days -= start.injured_days;
  d.injuries -= start.injuries;
  d.training_injuries -= start.training_injuries;
  d.match_injuries -= start.match_injuries;
  d.illnesses -= start.illnesses;
  d.overreaching -= start.overreaching;
  d.training_hours -= start.training_hours;
  d.match_hours -= start.match_hours;
  d.srpe_load -= start.srpe_load;
  d.match_performance_sum -= start.match_performance_sum;
  d.matches_played -= start.matches_played;
  d.decisions -= start.decisions;
  d.adjusted -= start.adjusted;
  d.actions -= start.actions;
  d.overrides -= start.overrides;
  return d;
}

bool SeasonTally::wants(EventKind kind) const {
  switch (kind) {
    case kAvailabilityRecord:
    case kSessionRecord:
    case kInjuryRecord:
    case kIllnessRecord:
    case kOverreachingRecord:
    case kMatchRecord:
    case kDecisionRecord:
    case kActionRecord:
    case kCoachRecord: return true;
    default: return false;
  }
}

void SeasonTally::write(const std::vector<Record>& records) {
  SeasonTotals& t = totals_;
  for (const Record& r : records) {
    const Payload& p = r.payload;
    switch (r.kind) {
      case kAvailabilityRecord:
        t.athlete_days += 1;
        t.available_days += p[0];
        t.injured_days += p[1];
        break;
      case kSessionRecord:
        (static_cast<SessionType>(static_cast<int>(p[0])) == SessionType::kMatch ? t.match_hours : t.training_hours) +=
            p[1] / 60.0;
        t.srpe_load += p[3];
        break;
      case kInjuryRecord:
        t.injuries += 1;
        (p[1] != 0 ? t.match_injuries : t.training_injuries) += 1;
        break;
      case kIllnessRecord: t.illnesses += 1; break;
      case kOverreachingRecord: t.overreaching += 1; break;
      case kMatchRecord:
        t.match_performance_sum += p[0];
        t.matches_played += 1;
        break;
      case kDecisionRecord:
        t.decisions += 1;
        t.adjusted += static_cast<Adjustment>(static_cast<int>(p[3])) == Adjustment::kKeep ? 0 : 1;
        break;
      case kActionRecord: t.actions += static_cast<ActionStatus>(static_cast<int>(p[2])) == ActionStatus::kDeclined ? 0 : 1; break;
      case kCoachRecord: t.overrides += p[1] != 0 ? 0 : 1; break;
      default: break;
    }
  }
}

}  // namespace preseason::season
