#include "scenarios/recorded_totals.h"

#include <algorithm>

#include "actors/athlete/session.h"
#include "actors/policy/decision.h"

namespace preseason {

namespace {

bool has_table(const RecordingReader& r, const std::string& athlete, const std::string& table) {
  const auto tables = r.tables(athlete);
  return std::any_of(tables.begin(), tables.end(), [&](const TableSummary& t) { return t.name == table; });
}

bool has_stream(const RecordingReader& r, const std::string& athlete, const std::string& stream) {
  const auto streams = r.streams(athlete);
  return std::any_of(streams.begin(), streams.end(), [&](const StreamSummary& s) { return s.name == stream; });
}

template <class T> const std::vector<T>& column(const EventTable& t, const std::string& name) {
  static const std::vector<T> none;
  const std::vector<T>* c = t.find<T>(name);
  return c ? *c : none;
}

double sum(const std::vector<double>& v) {
  double s = 0;
  for (double x : v) s += x;
  return s;
}

void add_sessions(const EventTable& t, season::SeasonTotals& totals) {
  const auto& activity = column<std::string>(t, "activity");
  const auto& minutes = column<double>(t, "minutes");
  const auto& load = column<double>(t, "load");
  const std::string match = md_label(SessionType::kMatch);
  for (std::size_t i = 0; i < minutes.size(); ++i) {
    const bool is_match = i < activity.size() && activity[i] == match;
    (is_match ? totals.match_hours : totals.training_hours) += minutes[i] / 60.0;
  }
  totals.srpe_load += sum(load);
}

void add_injuries(const EventTable& t, season::SeasonTotals& totals) {
  for (const std::string& exposure : column<std::string>(t, "exposure")) {
    totals.injuries += 1;
    (exposure == "match" ? totals.match_injuries : totals.training_injuries) += 1;
  }
}

void add_decisions(const EventTable& t, season::SeasonTotals& totals) {
  const std::string keep = adjustment_name(Adjustment::kKeep);
  for (const std::string& action : column<std::string>(t, "action")) {
    totals.decisions += 1;
    totals.adjusted += action == keep ? 0 : 1;
  }
}

void add_automation(const RecordingReader& r, const std::string& a, season::SeasonTotals& totals) {
  if (has_table(r, a, "actions")) {
    const EventTable actions = r.read_table(a, "actions");
    for (const std::string& status : column<std::string>(actions, "status")) totals.actions += status == "declined" ? 0 : 1;
  }
  if (has_table(r, a, "coach")) {
    const EventTable coach = r.read_table(a, "coach");
    for (std::int64_t accepted : column<std::int64_t>(coach, "accepted")) totals.overrides += accepted != 0 ? 0 : 1;
  }
}

}  // namespace

season::SeasonTotals recorded_totals(const RecordingReader& r) {
  season::SeasonTotals totals;
  for (const std::string& a : r.athletes()) {
    totals.athletes += 1;
    if (has_stream(r, a, "truth.available")) {
      const Samples s = r.read(a, "truth.available");
      totals.athlete_days += static_cast<double>(s.value.size());
      totals.available_days += sum(s.value);
    }
    if (has_stream(r, a, "truth.injured")) totals.injured_days += sum(r.read(a, "truth.injured").value);
    if (has_table(r, a, "sessions")) add_sessions(r.read_table(a, "sessions"), totals);
    add_automation(r, a, totals);
    if (has_table(r, a, "injuries")) add_injuries(r.read_table(a, "injuries"), totals);
    if (has_table(r, a, "illness")) totals.illnesses += static_cast<double>(r.read_table(a, "illness").rows());
    if (has_table(r, a, "overreaching"))
      totals.overreaching += static_cast<double>(r.read_table(a, "overreaching").rows());
    if (has_table(r, a, "matches")) {
      const EventTable matches = r.read_table(a, "matches");
      const auto& performance = column<double>(matches, "performance");
      totals.match_performance_sum += sum(performance);
      totals.matches_played += static_cast<double>(performance.size());
    }
    if (has_table(r, a, "decisions")) add_decisions(r.read_table(a, "decisions"), totals);
  }
  return totals;
}

}  // namespace preseason
