// The PMData importers, one per export file, plus what they share. Each reads its file
// (a missing file is reported, not an error) into the athlete's data and reports what it
// left out and why. Malformed files (bad JSON, missing columns) throw ImportError.
#pragma once

#include <functional>

#include <limits>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "data/athlete_data.h"
#include "data/csv_reader.h"
#include "data/import_report.h"

namespace preseason::pmdata {

FileReport wellness(const std::string& dir, AthleteData& out);
FileReport srpe(const std::string& dir, AthleteData& out);
FileReport injury(const std::string& dir, AthleteData& out);
FileReport sleep(const std::string& dir, AthleteData& out);
FileReport sleep_score(const std::string& dir, AthleteData& out);
FileReport exercise(const std::string& dir, AthleteData& out);
FileReport reporting(const std::string& dir, AthleteData& out);
// resting_heart_rate, time_in_heart_rate_zones and the (in)active minutes files.
std::vector<FileReport> fitbit_daily(const std::string& dir, AthleteData& out);

StreamInfo pmsys_stream(const std::string& metric, const std::string& unit);
StreamInfo fitbit_stream(const std::string& metric, const std::string& unit);

// Rows of the shared sessions table: self-reported (pmsys) and watch-detected (fitbit).
struct Session {
  Time start = 0;
  double minutes = 0;
  std::string activity;
  std::string source;
  double rpe = std::numeric_limits<double>::quiet_NaN();
  double avg_hr = std::numeric_limits<double>::quiet_NaN();
  double calories = std::numeric_limits<double>::quiet_NaN();
};
void add_session(AthleteData& out, const Session& s);

// Reads dir/file if present; header columns named in `required` must exist.
std::optional<std::vector<CsvRow>> read_csv_file(const std::string& dir, const std::string& file,
                                                 const std::vector<std::string>& required, FileReport& report);
// Calls on_row(row, time) for every row after the header that has the header's number of
// fields and a readable time in `time_column`; other rows are skipped in `report`, as
// "malformed row" or with the reason `bad_time`.
void for_each_timed_row(const std::vector<CsvRow>& rows, int time_column, const char* bad_time, FileReport& report,
                        const std::function<void(const CsvRow& row, Time time)>& on_row);
// Reads dir/file if present; the top level must be an array.
std::optional<nlohmann::json> read_json_array(const std::string& dir, const std::string& file, FileReport& report);
// The record's fields joined, to compare duplicates.
std::string joined(const std::vector<std::string>& fields);
// "['team', 'soccer']" / "{'left_foot': 'minor'}": Python literals as exported; nullopt if unreadable.
std::optional<nlohmann::json> python_literal(const std::string& text);

}  // namespace preseason::pmdata
