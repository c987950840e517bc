#include "data/csv_import.h"

#include <map>
#include <set>

#include "data/athlete_data.h"
#include "data/csv_reader.h"
#include "data/import_error.h"
#include "data/pseudonym.h"
#include "data/source_values.h"

namespace preseason {

namespace {

const std::vector<std::string> kColumns = {"athlete", "timestamp", "metric", "value", "unit", "source"};

void check_header(const std::string& path, const std::vector<CsvRow>& rows) {
  if (rows.empty()) throw ImportError(path, "1", "empty file, expected the header athlete,timestamp,metric,value");
  const auto& h = rows.front().fields;
  const bool ok = (h.size() == 4 || h.size() == 6) && std::equal(h.begin(), h.end(), kColumns.begin());
  if (!ok)
    throw ImportError(path, std::to_string(rows.front().line),
                     "header must be athlete,timestamp,metric,value or athlete,timestamp,metric,value,unit,source");
}

bool valid_name(const std::string& s) { return !s.empty() && s.find('/') == std::string::npos && s != "." && s != ".."; }

}  // namespace

CsvImportSummary import_long_csv(const std::string& path, RecordingWriter& out) {
  const std::vector<CsvRow> rows = read_csv(path);
  check_header(path, rows);
  const std::size_t width = rows.front().fields.size();
  CsvImportSummary summary;
  std::map<std::string, AthleteData> athletes;
  std::map<std::pair<std::string, std::string>, StreamInfo> streams;
  std::map<std::tuple<std::string, std::string, Time>, double> seen;
  for (std::size_t r = 1; r < rows.size(); ++r) {
    const CsvRow& row = rows[r];
    const std::string line = std::to_string(row.line);
    const auto& f = row.fields;
    if (f.size() != width)
      throw ImportError(path, line, "expected " + std::to_string(width) + " fields, found " + std::to_string(f.size()));
    if (!valid_name(f[0])) throw ImportError(path, line, "athlete must be non-empty and without '/'");
    if (!valid_name(f[2])) throw ImportError(path, line, "metric must be non-empty and without '/'");
    const auto time = parse_source_time(f[1]);
    if (!time) throw ImportError(path, line, "bad timestamp '" + f[1] + "'");
    const auto value = parse_number(f[3]);
    if (!value) throw ImportError(path, line, "value '" + f[3] + "' is not a number");
    StreamInfo info{f[2], width == 6 ? f[4] : "", width == 6 ? f[5] : "", width == 6 ? f[5] : ""};
    if (!valid_name(info.name())) throw ImportError(path, line, "source must not contain '/'");
    const auto [it, fresh] = streams.try_emplace({f[0], info.name()}, info);
    if (!fresh && it->second.unit != info.unit)
      throw ImportError(path, line, "unit '" + info.unit + "' differs from '" + it->second.unit + "' given earlier for " +
                                       info.name());
    ++summary.rows;
    const auto [s, first] = seen.try_emplace({f[0], info.name(), *time}, *value);
    if (!first) {
      ++(s->second == *value ? summary.exact_duplicates : summary.conflicts);
      continue;
    }
    athletes[f[0]].add(info, *time, *value);
    ++summary.samples;
  }
  std::set<std::string> names;
  for (const auto& [name, data] : athletes) names.insert(name);
  const auto ids = pseudonyms(names);
  for (const auto& [name, data] : athletes) {
    out.add_athlete(ids.at(name));
    data.write(out, ids.at(name));
  }
  summary.athletes = athletes.size();
  summary.streams = streams.size();
  return summary;
}

}  // namespace preseason
