#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "data/csv_import.h"
#include "data/import_error.h"
#include "data/recording_reader.h"
#include "data/source_values.h"
#include "scratch_dir.h"

namespace preseason {
namespace {

namespace fs = std::filesystem;

std::string write_file(const std::string& name, const std::string& text) {
  const fs::path dir = fs::path(testing::scratch_dir() + "csv");
  fs::create_directories(dir);
  std::ofstream(dir / name) << text;
  return (dir / name).string();
}

std::string import_error(const std::string& csv) {
  const std::string path = write_file("bad.csv", csv);
  const std::string out = path + ".h5";
  try {
    RecordingWriter w(out, {"t", "t"});
    import_long_csv(path, w);
    w.close();
  } catch (const ImportError& e) {
    EXPECT_FALSE(fs::exists(out));
    return std::string(e.what()).substr(path.size());
  }
  return "no error";
}

TEST(CsvImport, ImportsLongFormatSortedAndDeduplicated) {
  const std::string path = write_file("ok.csv",
                                      "athlete,timestamp,metric,value,unit,source\n"
                                      "Zoe,2025-01-02T06:30:00Z,hrv,61,ms,ring\n"
                                      "Zoe,2025-01-01T06:30:00Z,hrv,60,ms,ring\n"
                                      "Zoe,2025-01-01T06:30:00Z,hrv,60,ms,ring\n"
                                      "Zoe,2025-01-01T06:30:00Z,hrv,99,ms,ring\n"
                                      "Adam,03/01/2025,weight,80.5,kg,scale\n");
  RecordingWriter w(path + ".h5", {"t", "t"});
  const CsvImportSummary s = import_long_csv(path, w);
  w.close();
  EXPECT_EQ(s.rows, 5u);
  EXPECT_EQ(s.samples, 3u);
  EXPECT_EQ(s.exact_duplicates, 1u);
  EXPECT_EQ(s.conflicts, 1u);
  const RecordingReader r(path + ".h5");
  // Sorted names: Adam -> a01, Zoe -> a02; the names themselves are not stored.
  EXPECT_EQ(r.athletes(), (std::vector<std::string>{"a01", "a02"}));
  EXPECT_EQ(r.read("a02", "ring.hrv").value, (std::vector<double>{60, 61}));
  EXPECT_EQ(r.read("a01", "scale.weight").time, std::vector<Time>{start_of(days_from_civil(2025, 1, 3))});
}

TEST(CsvImport, BadRowsNameTheLine) {
  const std::string head = "athlete,timestamp,metric,value\n";
  EXPECT_EQ(import_error(head + "a,2025-01-01,hrv,1\na,2025-01-02,hrv\n"), ":3: expected 4 fields, found 3");
  EXPECT_EQ(import_error(head + "a,2025-13-01,hrv,1\n"), ":2: bad timestamp '2025-13-01'");
  EXPECT_EQ(import_error(head + "a,2025-01-01,hrv,lots\n"), ":2: value 'lots' is not a number");
  EXPECT_EQ(import_error(head + "\n\na,2025-01-01,,1\n"), ":4: metric must be non-empty and without '/'");
  EXPECT_EQ(import_error("who,when,what\n"),
            ":1: header must be athlete,timestamp,metric,value or athlete,timestamp,metric,value,unit,source");
  EXPECT_EQ(import_error("athlete,timestamp,metric,value,unit,source\na,2025-01-01,hrv,1,ms,r\na,2025-01-02,hrv,1,s,r\n"),
            ":3: unit 's' differs from 'ms' given earlier for r.hrv");
  EXPECT_NE(import_error(head + "a,\"2025-01-01,hrv,1\n").find("malformed CSV"), std::string::npos);
}

TEST(SourceValues, ParsesExportStyles) {
  EXPECT_EQ(parse_source_time("2019-11-01T08:31:40.751Z"),
            start_of(days_from_civil(2019, 11, 1)) + 8 * kHour + 31 * kMinute + 40 * kSecond + 751 * kMillisecond);
  EXPECT_EQ(parse_source_time("2019-11-02 00:09:30"), start_of(days_from_civil(2019, 11, 2)) + 9 * kMinute + 30 * kSecond);
  EXPECT_EQ(parse_source_time("06/11/2019"), start_of(days_from_civil(2019, 11, 6)));
  EXPECT_EQ(parse_source_time("31/12/2019 21:58:30"), start_of(days_from_civil(2019, 12, 31)) + 21 * kHour + 58 * kMinute + 30 * kSecond);
  EXPECT_FALSE(parse_source_time("12/31/2019"));
  EXPECT_FALSE(parse_source_time("yesterday"));
  EXPECT_EQ(parse_number(" 7 "), 7.0);
  EXPECT_EQ(parse_number("100.5"), 100.5);
  EXPECT_FALSE(parse_number(""));
  EXPECT_FALSE(parse_number("7a"));
  EXPECT_FALSE(parse_number("nan"));
}

}  // namespace
}  // namespace preseason
