#include "data/dedup.h"
#include "data/pmdata_sources.h"
#include "data/source_values.h"

namespace preseason::pmdata {

namespace {

StreamInfo form_stream(const std::string& metric, const std::string& unit) {
  return {metric, unit, "googledocs", "Google Forms"};
}

std::optional<double> yes_no(const std::string& text) {
  if (text == "Yes") return 1.0;
  if (text == "No") return 0.0;
  return std::nullopt;
}

}  // namespace

// A daily form keyed by its `date` (DD/MM/YYYY) and stamped at 00:00 UTC of that day.
// Its `timestamp` column mixes day-first and month-first dates, so it is not used.
FileReport reporting(const std::string& dir, AthleteData& out) {
  FileReport report;
  const auto rows = read_csv_file(dir, "googledocs/reporting.csv", {"date"}, report);
  if (!rows) return report;
  const CsvRow& header = rows->front();
  const int date_col = csv_column(header, "date");
  const int meals_col = csv_column(header, "meals");
  const int weight_col = csv_column(header, "weight");
  const int fluid_col = csv_column(header, "glasses_of_fluid");
  const int alcohol_col = csv_column(header, "alcohol_consumed");
  Dedup days;
  for_each_timed_row(*rows, date_col, "bad date", report, [&](const CsvRow& row, Time time) {
    if (!days.first(row.fields[date_col], joined(row.fields), report)) return;
    ++report.imported;
    if (weight_col >= 0) {
      if (const auto kg = parse_number(row.fields[weight_col]); kg && *kg > 0) out.add(form_stream("weight", "kg"), time, *kg);
      else report.note("blank weight");
    }
    if (fluid_col >= 0) {
      if (const auto n = parse_number(row.fields[fluid_col])) out.add(form_stream("fluid", "glasses"), time, *n);
      else report.note("blank fluid");
    }
    if (alcohol_col >= 0) {
      if (const auto a = yes_no(row.fields[alcohol_col])) out.add(form_stream("alcohol", "yes=1/no=0"), time, *a);
      else report.note("alcohol answer neither Yes nor No");
    }
    if (meals_col >= 0) {
      const std::string& meals = row.fields[meals_col];
      const double n = meals.empty() ? 0 : 1 + std::count(meals.begin(), meals.end(), ',');
      out.add(form_stream("meals", "count"), time, n);
    }
  });
  return report;
}

}  // namespace preseason::pmdata
