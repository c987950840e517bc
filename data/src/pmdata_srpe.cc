#include "data/dedup.h"
#include "data/pmdata_sources.h"
#include "data/source_values.h"

namespace preseason::pmdata {

namespace {

// "['team', 'soccer']" -> "team, soccer"
std::optional<std::string> activity(const std::string& text) {
  const auto list = python_literal(text);
  if (!list || !list->is_array()) return std::nullopt;
  std::string out;
  for (const auto& item : *list) {
    if (!item.is_string()) return std::nullopt;
    out += (out.empty() ? "" : ", ") + item.get<std::string>();
  }
  return out;
}

}  // namespace

// srpe.csv stamps a session at its end; the table stores its start and end.
FileReport srpe(const std::string& dir, AthleteData& out) {
  FileReport report;
  const auto rows = read_csv_file(dir, "pmsys/srpe.csv",
                                  {"end_date_time", "activity_names", "perceived_exertion", "duration_min"}, report);
  if (!rows) return report;
  const CsvRow& header = rows->front();
  const int end_col = csv_column(header, "end_date_time");
  const int names_col = csv_column(header, "activity_names");
  const int rpe_col = csv_column(header, "perceived_exertion");
  const int minutes_col = csv_column(header, "duration_min");
  Dedup sessions;
  for (std::size_t r = 1; r < rows->size(); ++r) {
    const CsvRow& row = (*rows)[r];
    if (row.fields.size() != header.fields.size()) {
      report.skip("malformed row");
      continue;
    }
    const auto end = parse_source_time(row.fields[end_col]);
    const auto rpe = parse_number(row.fields[rpe_col]);
    const auto minutes = parse_number(row.fields[minutes_col]);
    const auto names = activity(row.fields[names_col]);
    if (!end) report.skip("bad timestamp");
    else if (!rpe || *rpe < 0 || *rpe > 10) report.skip("RPE missing or outside 0-10");
    else if (!minutes || *minutes <= 0) report.skip("duration missing or not positive");
    else if (!names) report.skip("unreadable activity names");
    else if (sessions.first(row.fields[end_col], joined(row.fields), report)) {
      Session s;
      s.start = *end - static_cast<Time>(*minutes * kMinute);
      s.minutes = *minutes;
      s.activity = *names;
      s.source = "pmsys";
      s.rpe = *rpe;
      add_session(out, s);
      ++report.imported;
    }
  }
  return report;
}

}  // namespace preseason::pmdata
