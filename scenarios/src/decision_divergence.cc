#include "scenarios/decision_divergence.h"

#include <algorithm>
#include <cmath>

namespace preseason {

namespace {

std::vector<RecordedDecision> decisions_of(const RecordingReader& r, const std::string& athlete) {
  const auto tables = r.tables(athlete);
  if (std::none_of(tables.begin(), tables.end(), [](const TableSummary& t) { return t.name == "decisions"; }))
    return {};
  const EventTable t = r.read_table(athlete, "decisions");
  std::vector<RecordedDecision> rows(t.rows());
  const auto text = [&](const char* name, std::string RecordedDecision::*field) {
    if (const auto* c = t.find<std::string>(name))
      for (std::size_t i = 0; i < c->size() && i < rows.size(); ++i) rows[i].*field = (*c)[i];
  };
  const auto number = [&](const char* name, double RecordedDecision::*field) {
    if (const auto* c = t.find<double>(name))
      for (std::size_t i = 0; i < c->size() && i < rows.size(); ++i) rows[i].*field = (*c)[i];
  };
  if (const auto* c = t.find<std::int64_t>("time"))
    for (std::size_t i = 0; i < c->size() && i < rows.size(); ++i) rows[i].time = (*c)[i];
  text("action", &RecordedDecision::action);
  text("reason", &RecordedDecision::reason);
  number("planned_minutes", &RecordedDecision::planned_minutes);
  number("minutes", &RecordedDecision::minutes);
  number("planned_rpe", &RecordedDecision::planned_rpe);
  return rows;
}

// Bitwise-equal numbers, NaN equal to NaN: a recording of the same run has the same bits.
bool same(double a, double b) { return a == b || (std::isnan(a) && std::isnan(b)); }

bool same(const RecordedDecision& a, const RecordedDecision& b) {
  return a.time == b.time && a.action == b.action && same(a.planned_minutes, b.planned_minutes) &&
         same(a.minutes, b.minutes) && same(a.planned_rpe, b.planned_rpe) && a.reason == b.reason;
}

// The athlete's first differing day, and on it each side's row (if any).
std::optional<DecisionDivergence> first_of_athlete(const std::string& athlete, const std::vector<RecordedDecision>& g,
                                                   const std::vector<RecordedDecision>& r) {
  std::size_t i = 0;
  while (i < g.size() && i < r.size() && same(g[i], r[i])) ++i;
  if (i == g.size() && i == r.size()) return std::nullopt;
  DecisionDivergence d;
  d.athlete = athlete;
  const bool golden_first = i < g.size() && (i == r.size() || day_of(g[i].time) <= day_of(r[i].time));
  d.day = day_of(golden_first ? g[i].time : r[i].time);
  if (i < g.size() && day_of(g[i].time) == d.day) d.golden = g[i];
  if (i < r.size() && day_of(r[i].time) == d.day) d.run = r[i];
  return d;
}

}  // namespace

std::optional<DecisionDivergence> first_divergence(const RecordingReader& golden, const RecordingReader& run) {
  std::optional<DecisionDivergence> first;
  for (const std::string& athlete : golden.athletes()) {
    auto d = first_of_athlete(athlete, decisions_of(golden, athlete), decisions_of(run, athlete));
    if (d && (!first || d->day < first->day)) first = std::move(d);
  }
  return first;
}

}  // namespace preseason
