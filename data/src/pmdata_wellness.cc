#include "data/dedup.h"
#include "data/pmdata_sources.h"
#include "data/source_values.h"

namespace preseason::pmdata {

namespace {

struct Item {
  const char* column;
  const char* metric;
  const char* unit;
  bool zero_is_blank;  // the app stores an unanswered 1-5 item as 0
};

constexpr Item kItems[] = {
    {"fatigue", "fatigue", "1-5", true},         {"mood", "mood", "1-5", true},
    {"sleep_quality", "sleep_quality", "1-5", true}, {"soreness", "soreness", "1-5", true},
    {"stress", "stress", "1-5", true},           {"readiness", "readiness", "0-10", false},
    {"sleep_duration_h", "sleep_duration", "h", false},
};

}  // namespace

// One questionnaire per day counts: the first non-empty submission of a UTC day is kept.
FileReport wellness(const std::string& dir, AthleteData& out) {
  FileReport report;
  std::vector<std::string> required = {"effective_time_frame"};
  for (const auto& item : kItems) required.push_back(item.column);
  const auto rows = read_csv_file(dir, "pmsys/wellness.csv", required, report);
  if (!rows) return report;
  const CsvRow& header = rows->front();
  const int time_col = csv_column(header, "effective_time_frame");
  Dedup days;
  for_each_timed_row(*rows, time_col, "bad timestamp", report, [&](const CsvRow& row, Time time) {
    std::optional<double> values[std::size(kItems)];
    bool answered = false;
    for (std::size_t i = 0; i < std::size(kItems); ++i) {
      values[i] = parse_number(row.fields[csv_column(header, kItems[i].column)]);
      if (values[i] && kItems[i].zero_is_blank && *values[i] == 0) values[i].reset();
      if (values[i] && kItems[i].zero_is_blank) answered = true;
    }
    if (!answered) {
      report.skip("empty submission (all 1-5 answers blank)");
      return;
    }
    if (!days.first(format_date(day_of(time)), joined(row.fields), report)) return;
    ++report.imported;
    for (std::size_t i = 0; i < std::size(kItems); ++i) {
      if (values[i]) out.add(pmsys_stream(kItems[i].metric, kItems[i].unit), time, *values[i]);
      else report.note(std::string("blank ") + kItems[i].column + " answer");
    }
  });
  return report;
}

}  // namespace preseason::pmdata
