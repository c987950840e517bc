#include "actors/predictor/recorded_injuries.h"

#include <algorithm>

#include "data/recording_format.h"

namespace preseason {

std::vector<Time> recorded_injury_reports(const RecordingReader& recording, const std::string& athlete) {
  std::vector<Time> out;
  for (const TableSummary& t : recording.tables(athlete)) {
    if (t.name != "injuries") continue;
    // The reader refused the file at open if a table had no int64 `time`.
    const EventTable table = recording.read_table(athlete, t.name);
    out = *table.find<std::int64_t>(recording::kTime);
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace preseason
