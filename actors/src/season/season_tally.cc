#include "actors/season/season_tally.h"

#include <stdexcept>
#include <string>

#include "actors/policy/decision.h"
#include "actors/athlete/session.h"
#include "actors/season/season_kinds.h"

namespace preseason::season {

namespace {

// Applies f to each count and sum of `a` with the same field of `b`; `athletes` is the run's.
template <class F> void each_field(SeasonTotals& a, const SeasonTotals& b, F f) {
  f(a.athlete_days, b.athlete_days);
  f(a.available_days, b.available_days);
  f(a.injured_days, b.injured_days);
  f(a.injuries, b.injuries);
  f(a.training_injuries, b.training_injuries);
  f(a.match_injuries, b.match_injuries);
  f(a.illnesses, b.illnesses);
  f(a.overreaching, b.overreaching);
  f(a.training_hours, b.training_hours);
  f(a.match_hours, b.match_hours);
  f(a.srpe_load, b.srpe_load);
  f(a.match_performance_sum, b.match_performance_sum);
  f(a.matches_played, b.matches_played);
  f(a.decisions, b.decisions);
  f(a.adjusted, b.adjusted);
  f(a.actions, b.actions);
  f(a.overrides, b.overrides);
}

}  // namespace

SeasonTotals since(const SeasonTotals& end, const SeasonTotals& start) {
  SeasonTotals d = end;
  each_field(d, start, [](double& x, double y) { x -= y; });
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

void SeasonTally::take(Time, ActorId actor, EventKind kind, const Payload& p, const std::string*) {
  if (actor >= parts_.size()) return;
  SeasonTotals& t = parts_[actor].totals;
  switch (kind) {
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
    case kActionRecord:
      t.actions += static_cast<ActionStatus>(static_cast<int>(p[2])) == ActionStatus::kDeclined ? 0 : 1;
      break;
    case kCoachRecord: t.overrides += p[1] != 0 ? 0 : 1; break;
    default: break;
  }
}

SeasonTotals SeasonTally::totals() const {
  SeasonTotals t;
  t.athletes = layout_.athletes;
  for (const Part& p : parts_) each_field(t, p.totals, [](double& x, double y) { x += y; });
  return t;
}

std::vector<SeasonTotals> SeasonTally::parts() const {
  std::vector<SeasonTotals> out;
  out.reserve(parts_.size());
  for (const Part& p : parts_) out.push_back(p.totals);
  return out;
}

void SeasonTally::restore(const std::vector<SeasonTotals>& parts) {
  if (parts.size() != parts_.size())
    throw std::runtime_error("the tally has " + std::to_string(parts.size()) + " actors' parts, the run " +
                             std::to_string(parts_.size()) + " actors");
  for (std::size_t a = 0; a < parts.size(); ++a) parts_[a].totals = parts[a];
}

}  // namespace preseason::season
