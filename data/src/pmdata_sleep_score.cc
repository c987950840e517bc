#include "data/dedup.h"
#include "data/pmdata_sources.h"
#include "data/source_values.h"

namespace preseason::pmdata {

FileReport sleep_score(const std::string& dir, AthleteData& out) {
  struct Column {
    const char* name;
    const char* metric;
    const char* unit;
  };
  static constexpr Column kColumns[] = {
      {"overall_score", "sleep_score", "0-100"},
      {"composition_score", "sleep_score_composition", "0-25"},
      {"revitalization_score", "sleep_score_revitalization", "0-25"},
      {"duration_score", "sleep_score_duration", "0-50"},
      {"restlessness", "sleep_restlessness", "fraction"},
  };
  FileReport report;
  std::vector<std::string> required = {"timestamp", "sleep_log_entry_id"};
  for (const auto& c : kColumns) required.push_back(c.name);
  const auto rows = read_csv_file(dir, "fitbit/sleep_score.csv", required, report);
  if (!rows) return report;
  const CsvRow& header = rows->front();
  const int time_col = csv_column(header, "timestamp");
  const int id_col = csv_column(header, "sleep_log_entry_id");
  Dedup logs;
  for_each_timed_row(*rows, time_col, "bad timestamp", report, [&](const CsvRow& row, Time time) {
    if (!logs.first(row.fields[id_col], joined(row.fields), report)) return;
    ++report.imported;
    for (const auto& c : kColumns) {
      const auto v = parse_number(row.fields[csv_column(header, c.name)]);
      if (v) out.add(fitbit_stream(c.metric, c.unit), time, *v);
      else report.note(std::string("blank ") + c.name);
    }
  });
  return report;
}

}  // namespace preseason::pmdata
