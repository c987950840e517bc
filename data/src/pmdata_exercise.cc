#include "data/dedup.h"
#include "data/pmdata_sources.h"
#include "data/source_values.h"

namespace preseason::pmdata {

// Watch sessions join the sessions table with source "fitbit" and no RPE.
FileReport exercise(const std::string& dir, AthleteData& out) {
  FileReport report;
  const auto logs = read_json_array(dir, "fitbit/exercise.json", report);
  if (!logs) return report;
  Dedup ids;
  for (const auto& log : *logs) {
    try {
      const auto start = parse_source_time(log.at("startTime").get<std::string>());
      const double ms = log.at("duration").get<double>();
      if (!start) report.skip("bad timestamp");
      else if (ms <= 0) report.skip("duration not positive");
      else if (ids.first(std::to_string(log.at("logId").get<std::int64_t>()), log.dump(), report)) {
        Session s;
        s.start = *start;
        s.minutes = ms / 60000.0;
        s.activity = log.at("activityName").get<std::string>();
        s.source = "fitbit";
        if (log.contains("averageHeartRate")) s.avg_hr = log.at("averageHeartRate").get<double>();
        else report.note("without heart rate");
        if (log.contains("calories")) s.calories = log.at("calories").get<double>();
        add_session(out, s);
        ++report.imported;
      }
    } catch (const nlohmann::json::exception&) {
      report.skip("malformed record");
    }
  }
  return report;
}

}  // namespace preseason::pmdata
