#include "actors/predictor/athlete_history.h"

#include <algorithm>

#include "actors/backtest/backtest_athlete.h"
#include "data/recording_reader.h"

namespace preseason {
namespace {

std::vector<Day> table_days(const RecordingReader& r, const std::string& athlete, const std::string& name) {
  std::vector<Day> days;
  for (const TableSummary& t : r.tables(athlete)) {
    if (t.name != name) continue;
    const EventTable table = r.read_table(athlete, t.name);
    for (Time time : *table.find<std::int64_t>(recording::kTime)) days.push_back(day_of(time));
  }
  return days;
}

}  // namespace

std::vector<AthleteHistory> athlete_histories(const RecordingReader& recording) {
  std::vector<AthleteHistory> out;
  for (BacktestAthlete& a : backtest_athletes(recording)) {
    AthleteHistory h{recording.path(), a.athlete, std::move(a.records), a.injuries, std::move(a.injuries), 0, 0};
    std::sort(h.injury_days.begin(), h.injury_days.end());
    h.injuries = h.injury_days.size();
    const std::vector<Day> overreaching = table_days(recording, h.athlete, "overreaching");
    h.overreaching = overreaching.size();
    h.events.insert(h.events.end(), overreaching.begin(), overreaching.end());
    std::sort(h.events.begin(), h.events.end());
    out.push_back(std::move(h));
  }
  return out;
}

}  // namespace preseason
