#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "commands.h"
#include "data/csv_import.h"
#include "data/import_error.h"
#include "data/pmdata_import.h"
#include "data/recording_reader.h"
#include "data/recording_writer.h"

namespace preseason::cli {

namespace {

struct ImportOptions {
  std::string input;
  std::string out;
};

// Bad input exits 2; the writer is destroyed unclosed, so no output file is left behind.
template <class Body>
int guarded(Body body) {
  try {
    return body();
  } catch (const ImportError& e) {
    fmt::print(stderr, "error: {}\n", e.what());
    return 2;
  } catch (const h5::Error& e) {
    fmt::print(stderr, "error: {}\n", e.what());
    return 2;
  }
}

int run_pmdata(const ImportOptions& o) {
  return guarded([&] {
    RecordingWriter out(o.out, {"preseason import pmdata", "PMData (Thambawita et al., MMSys 2020), CC BY 4.0"});
    const auto reports = import_pmdata(o.input, out);
    out.close();
    for (const auto& p : reports) {
      fmt::print("{} -> {}\n", p.source_id, p.athlete_id);
      for (const auto& f : p.files) fmt::print("  {}\n", f.summary());
    }
    fmt::print("wrote {} athlete(s) to {}\n", reports.size(), o.out);
    return 0;
  });
}

int run_csv(const ImportOptions& o) {
  return guarded([&] {
    RecordingWriter out(o.out, {"preseason import csv", o.input});
    const CsvImportSummary s = import_long_csv(o.input, out);
    out.close();
    fmt::print("{}: {} rows, {} samples imported; skipped: {} exact duplicate, {} conflicting duplicate (first kept)\n",
               o.input, s.rows, s.samples, s.exact_duplicates, s.conflicts);
    fmt::print("wrote {} athlete(s), {} stream(s) to {}\n", s.athletes, s.streams, o.out);
    return 0;
  });
}

nlohmann::json describe(const RecordingReader& r) {
  nlohmann::json j = {{"file", r.path()}, {"attributes", r.attributes()}, {"athletes", nlohmann::json::object()}};
  for (const auto& a : r.athletes()) {
    nlohmann::json& aj = j["athletes"][a];
    aj = {{"attributes", r.athlete_attributes(a)}, {"streams", nlohmann::json::object()}, {"tables", nlohmann::json::object()}};
    for (const auto& s : r.streams(a))
      aj["streams"][s.name] = {{"metric", s.info.metric}, {"unit", s.info.unit}, {"source", s.info.source},
                               {"vendor", s.info.vendor}, {"samples", s.samples}};
    for (const auto& t : r.tables(a)) aj["tables"][t.name] = {{"rows", t.rows}, {"columns", t.columns}};
  }
  return j;
}

int run_inspect(const std::string& path, bool json) {
  return guarded([&] {
    const RecordingReader reader(path);
    const nlohmann::json d = describe(reader);
    if (json) {
      fmt::print("{}\n", d.dump(2));
      return 0;
    }
    const auto& attrs = d["attributes"];
    fmt::print("{}: {} {} by {} from {}\n", path, attrs.value("format", ""), attrs.value("version", ""),
               attrs.value("creator", "?"), attrs.value("source", "?"));
    for (const auto& [id, a] : d["athletes"].items()) {
      fmt::print("athlete {}\n", id);
      for (const auto& [name, s] : a["streams"].items())
        fmt::print("  stream {}: {} samples [{}]\n", name, s["samples"].get<std::size_t>(), s["unit"].get<std::string>());
      for (const auto& [name, t] : a["tables"].items())
        fmt::print("  table {}: {} rows\n", name, t["rows"].get<std::size_t>());
    }
    return 0;
  });
}

}  // namespace

Command add_import(CLI::App& app) {
  auto pm = std::make_shared<ImportOptions>();
  auto csv = std::make_shared<ImportOptions>();
  CLI::App* sub = app.add_subcommand("import", "import real data into a preseason recording (HDF5)");
  sub->require_subcommand(1);
  CLI::App* pmdata = sub->add_subcommand("pmdata", "import PMData: one participant folder or a folder of them");
  pmdata->add_option("DIR", pm->input, "participant folder (p01) or a folder of participant folders")->required();
  pmdata->add_option("--out", pm->out, "recording to write")->required();
  CLI::App* long_csv = sub->add_subcommand("csv", "import a long CSV: athlete,timestamp,metric,value[,unit,source]");
  long_csv->add_option("FILE", csv->input, "CSV file")->required();
  long_csv->add_option("--out", csv->out, "recording to write")->required();
  return {sub, [pm, csv, pmdata] { return pmdata->parsed() ? run_pmdata(*pm) : run_csv(*csv); }};
}

Command add_inspect(CLI::App& app) {
  auto path = std::make_shared<std::string>();
  auto json = std::make_shared<bool>(false);
  CLI::App* sub = app.add_subcommand("inspect", "list a recording's athletes, streams (samples) and tables (rows)");
  sub->add_option("REC", *path, "recording (HDF5)")->required();
  sub->add_flag("--json", *json, "print the listing as JSON");
  return {sub, [path, json] { return run_inspect(*path, *json); }};
}

}  // namespace preseason::cli
