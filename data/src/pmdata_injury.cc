#include "data/dedup.h"
#include "data/pmdata_sources.h"
#include "data/source_values.h"

namespace preseason::pmdata {

// A weekly report lists body area -> minor/major; each area becomes one injuries row.
FileReport injury(const std::string& dir, AthleteData& out) {
  FileReport report;
  const auto rows = read_csv_file(dir, "pmsys/injury.csv", {"effective_time_frame", "injuries"}, report);
  if (!rows) return report;
  const CsvRow& header = rows->front();
  const int time_col = csv_column(header, "effective_time_frame");
  const int injuries_col = csv_column(header, "injuries");
  Dedup reports;
  for_each_timed_row(*rows, time_col, "bad timestamp", report, [&](const CsvRow& row, Time time) {
    const auto areas = python_literal(row.fields[injuries_col]);
    if (!areas || !areas->is_object()) {
      report.skip("unreadable injury list");
      return;
    }
    if (!reports.first(row.fields[time_col], joined(row.fields), report)) return;
    ++report.imported;
    if (areas->empty()) report.note("report(s) without injury");
    EventTable& t = out.table("injuries");
    for (const auto& [area, severity] : areas->items()) {
      t.column<std::int64_t>("time").push_back(time);
      t.column<std::string>("report_date").push_back(format_date(day_of(time)));
      t.column<std::string>("area").push_back(area);
      t.column<std::string>("severity").push_back(severity.is_string() ? severity.get<std::string>() : "");
      report.note("injured area(s) reported");
    }
  });
  return report;
}

}  // namespace preseason::pmdata
