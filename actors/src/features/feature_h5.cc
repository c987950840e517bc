#include "actors/features/feature_h5.h"

#include <cstdint>

#include "data/atomic_file.h"
#include "data/h5.h"
#include "data/recording_format.h"

namespace preseason {

namespace {

constexpr Input kWrittenInputs[] = {Input::kLoad, Input::kLnRmssd, Input::kSleepH};
constexpr char kTable[] = "features";

// One column per call, gathered from every athlete's records into a reused buffer and
// written as one dataset: a few dozen large datasets instead of dozens per athlete, whose
// per-object cost in HDF5 dwarfs the bytes written.
class TableWriter {
 public:
  TableWriter(h5::Group& table, const FeatureTable& features) : table_(table), features_(features) {
    for (const AthleteSeries& a : features.athletes) rows_ += a.records.size();
  }

  template <class T, class F> void column(const std::string& name, F get) {
    std::vector<T>& buf = buffer<T>();
    buf.resize(rows_);
    std::size_t i = 0;
    for (const AthleteSeries& a : features_.athletes)
      for (const FeatureRecord& r : a.records) buf[i++] = get(r);
    table_.write_array(name, buf);
  }

  void athletes() {
    std::vector<std::string> names;
    names.reserve(rows_);
    for (const AthleteSeries& a : features_.athletes) names.insert(names.end(), a.records.size(), a.athlete);
    table_.write_strings("athlete", names);
  }

 private:
  template <class T> std::vector<T>& buffer();
  h5::Group& table_;
  const FeatureTable& features_;
  std::size_t rows_ = 0;
  std::vector<std::int64_t> ints_;
  std::vector<double> doubles_;
  std::vector<std::int8_t> codes_;
};

template <> std::vector<std::int64_t>& TableWriter::buffer() { return ints_; }
template <> std::vector<double>& TableWriter::buffer() { return doubles_; }
template <> std::vector<std::int8_t>& TableWriter::buffer() { return codes_; }

std::int8_t code(Quality q) { return static_cast<std::int8_t>(q); }

void write_table(h5::Group& table, const FeatureTable& features) {
  table.set_attribute("quality", "0 measured, 1 imputed, 2 missing");
  table.set_attribute("active_secondary", "bit 0 temperature_z, 1 humidity_z, 2 noise_z, 3 travel_z");
  TableWriter w(table, features);
  w.column<std::int64_t>(recording::kTime, [](const FeatureRecord& r) { return start_of(r.day); });
  w.athletes();
  for (Input k : kWrittenInputs) w.column<double>(std::string(input_name(k)), [k](const FeatureRecord& r) { return r.inputs[index(k)]; });
  for (Input k : kWrittenInputs)
    w.column<std::int8_t>(std::string(input_name(k)) + "_q", [k](const FeatureRecord& r) { return code(r.input_quality[index(k)]); });
  for (std::size_t f = 0; f < kFeatureCount; ++f)
    w.column<double>(std::string(feature_name(static_cast<Feature>(f))), [f](const FeatureRecord& r) { return r.values[f]; });
  for (std::size_t f = 0; f < kFeatureCount; ++f)
    w.column<std::int8_t>(std::string(feature_name(static_cast<Feature>(f))) + "_q",
                          [f](const FeatureRecord& r) { return code(r.quality[f]); });
  w.column<std::int8_t>("active_secondary", [](const FeatureRecord& r) { return static_cast<std::int8_t>(r.active_secondary); });
}

}  // namespace

void write_feature_h5(const std::string& path, const FeatureTable& table, const std::string& source) {
  AtomicFile out(path);
  {
    h5::File file = h5::File::create(out.temp_path());
    h5::Group root = file.root();
    root.set_attribute("format", recording::kFormatName);
    root.set_attribute("version", recording::version_text(recording::kAthleteLayout));
    root.set_attribute("creator", "preseason features");
    root.set_attribute("source", source);
    root.create_group(recording::kAthletes);
    h5::Group features = root.create_group(recording::kTeam).create_group(recording::kTables).create_group(kTable);
    write_table(features, table);
    file.close();
  }
  out.commit();
}

}  // namespace preseason
