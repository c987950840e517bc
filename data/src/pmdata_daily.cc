#include "data/dedup.h"
#include "data/pmdata_sources.h"
#include "data/source_values.h"

namespace preseason::pmdata {

namespace {

// A number given as JSON number or as a string ("245").
std::optional<double> number(const nlohmann::json& v) {
  if (v.is_number()) return v.get<double>();
  if (v.is_string()) return parse_number(v.get<std::string>());
  return std::nullopt;
}

// Daily summaries: [{"dateTime": "2019-11-01 00:00:00", "value": ...}], one per day,
// stamped at 00:00 UTC of the day they describe. `take` adds a record's samples.
template <class Take>
FileReport daily(const std::string& dir, const std::string& file, Take take) {
  FileReport report;
  const auto records = read_json_array(dir, file, report);
  if (!records) return report;
  Dedup days;
  for (const auto& record : *records) {
    try {
      const auto time = parse_source_time(record.at("dateTime").get<std::string>());
      if (!time) report.skip("bad timestamp");
      else if (days.first(format_date(day_of(*time)), record.at("value").dump(), report) &&
               take(record.at("value"), *time, report))
        ++report.imported;
    } catch (const nlohmann::json::exception&) {
      report.skip("malformed record");
    }
  }
  return report;
}

}  // namespace

std::vector<FileReport> fitbit_daily(const std::string& dir, AthleteData& out) {
  std::vector<FileReport> reports;
  reports.push_back(daily(dir, "fitbit/resting_heart_rate.json", [&](const nlohmann::json& v, Time t, FileReport& r) {
    const auto bpm = number(v.at("value"));
    if (!bpm || *bpm <= 0) {
      r.skip("no estimate (0)");
      return false;
    }
    out.add(fitbit_stream("resting_hr", "bpm"), t, *bpm);
    return true;
  }));
  reports.push_back(daily(dir, "fitbit/time_in_heart_rate_zones.json", [&](const nlohmann::json& v, Time t, FileReport&) {
    static const std::pair<const char*, const char*> kZones[] = {{"BELOW_DEFAULT_ZONE_1", "hr_zone_below_min"},
                                                                  {"IN_DEFAULT_ZONE_1", "hr_zone_fat_burn_min"},
                                                                  {"IN_DEFAULT_ZONE_2", "hr_zone_cardio_min"},
                                                                  {"IN_DEFAULT_ZONE_3", "hr_zone_peak_min"}};
    for (const auto& [key, metric] : kZones)
      if (const auto m = number(v.at("valuesInZones").at(key))) out.add(fitbit_stream(metric, "min"), t, *m);
    return true;
  }));
  for (const char* name : {"sedentary_minutes", "lightly_active_minutes", "moderately_active_minutes",
                           "very_active_minutes"}) {
    reports.push_back(daily(dir, std::string("fitbit/") + name + ".json", [&](const nlohmann::json& v, Time t, FileReport& r) {
      const auto m = number(v);
      if (!m) {
        r.skip("not a number");
        return false;
      }
      out.add(fitbit_stream(name, "min"), t, *m);
      return true;
    }));
  }
  return reports;
}

}  // namespace preseason::pmdata
