#include "data/dedup.h"
#include "data/pmdata_sources.h"
#include "data/source_values.h"

namespace preseason::pmdata {

namespace {

void add_stages(const nlohmann::json& summary, Time time, AthleteData& out) {
  for (const char* stage : {"deep", "light", "rem", "wake"})
    out.add(fitbit_stream(std::string("sleep_") + stage, "min"), time, summary.at(stage).at("minutes").get<double>());
}

}  // namespace

// One main sleep per night, stamped at wake-up, when its numbers become known.
FileReport sleep(const std::string& dir, AthleteData& out) {
  FileReport report;
  const auto logs = read_json_array(dir, "fitbit/sleep.json", report);
  if (!logs) return report;
  Dedup nights;
  for (const auto& log : *logs) {
    try {
      if (!log.value("mainSleep", false)) {
        report.skip("not the main sleep of the night");
        continue;
      }
      const auto end = parse_source_time(log.at("endTime").get<std::string>());
      if (!end) {
        report.skip("bad timestamp");
        continue;
      }
      if (!nights.first(log.at("dateOfSleep").get<std::string>(), std::to_string(log.at("logId").get<std::int64_t>()),
                        report))
        continue;
      out.add(fitbit_stream("sleep_duration", "min"), *end, log.at("minutesAsleep").get<double>());
      out.add(fitbit_stream("time_in_bed", "min"), *end, log.at("timeInBed").get<double>());
      out.add(fitbit_stream("sleep_efficiency", "%"), *end, log.at("efficiency").get<double>());
      if (log.value("type", "") == "stages") add_stages(log.at("levels").at("summary"), *end, out);
      else report.note("classic log(s) without stage minutes");
      ++report.imported;
    } catch (const nlohmann::json::exception&) {
      report.skip("malformed record");
    }
  }
  return report;
}

}  // namespace preseason::pmdata
