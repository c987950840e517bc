#include <filesystem>
#include <limits>

#include "data/import_error.h"
#include "data/json_file.h"
#include "data/pmdata_sources.h"
#include "data/source_values.h"

namespace preseason::pmdata {

StreamInfo pmsys_stream(const std::string& metric, const std::string& unit) { return {metric, unit, "pmsys", "PMSys"}; }
StreamInfo fitbit_stream(const std::string& metric, const std::string& unit) { return {metric, unit, "fitbit", "Fitbit"}; }

void add_session(AthleteData& out, const Session& s) {
  EventTable& t = out.table("sessions");
  const double load = s.rpe * s.minutes;
  t.column<std::int64_t>("time").push_back(s.start);
  t.column<std::int64_t>("end").push_back(s.start + static_cast<Time>(s.minutes * kMinute));
  t.column<std::string>("activity").push_back(s.activity);
  t.column<std::string>("source").push_back(s.source);
  t.column<double>("minutes").push_back(s.minutes);
  t.column<double>("rpe").push_back(s.rpe);
  t.column<double>("load").push_back(load);
  t.column<double>("avg_hr").push_back(s.avg_hr);
  t.column<double>("calories").push_back(s.calories);
}

std::optional<std::vector<CsvRow>> read_csv_file(const std::string& dir, const std::string& file,
                                                 const std::vector<std::string>& required, FileReport& report) {
  report.file = file;
  const std::string path = dir + "/" + file;
  if (!std::filesystem::exists(path)) {
    report.present = false;
    return std::nullopt;
  }
  std::vector<CsvRow> rows = read_csv(path);
  if (rows.empty()) throw ImportError(path, "1", "empty file, expected a header");
  for (const auto& name : required)
    if (csv_column(rows.front(), name) < 0) throw ImportError(path, "1", "missing column '" + name + "'");
  report.rows = rows.size() - 1;
  return rows;
}

std::optional<nlohmann::json> read_json_array(const std::string& dir, const std::string& file, FileReport& report) {
  report.file = file;
  const std::string path = dir + "/" + file;
  if (!std::filesystem::exists(path)) {
    report.present = false;
    return std::nullopt;
  }
  nlohmann::json j = load_json(path);
  if (!j.is_array()) throw ImportError(path, "1:1", "expected a JSON array of records");
  report.rows = j.size();
  return j;
}

std::string joined(const std::vector<std::string>& fields) {
  std::string out;
  for (const auto& f : fields) out += f + '\x1f';
  return out;
}

std::optional<nlohmann::json> python_literal(const std::string& text) {
  std::string json = text;
  for (char& c : json)
    if (c == '\'') c = '"';
  auto parsed = nlohmann::json::parse(json, nullptr, false);
  if (parsed.is_discarded()) return std::nullopt;
  return parsed;
}

void for_each_timed_row(const std::vector<CsvRow>& rows, int time_column, const char* bad_time, FileReport& report,
                        const std::function<void(const CsvRow& row, Time time)>& on_row) {
  const std::size_t fields = rows.front().fields.size();
  for (std::size_t r = 1; r < rows.size(); ++r) {
    const CsvRow& row = rows[r];
    if (row.fields.size() != fields) {
      report.skip("malformed row");
      continue;
    }
    const auto time = parse_source_time(row.fields[static_cast<std::size_t>(time_column)]);
    if (!time) {
      report.skip(bad_time);
      continue;
    }
    on_row(row, *time);
  }
}

}  // namespace preseason::pmdata
