#include "data/recording_writer.h"

#include <optional>

#include <algorithm>

#include "data/recording_format.h"
#include "recording_columns.h"

namespace preseason {

using recording::check_name;
using recording::column_size;
using recording::file_type;

namespace {

// HDF5 compresses whole chunks, fill included: a 28-row table in a 4096-row chunk costs
// as much to write and read as 4096 rows. A column's chunk is sized by its first append,
// from 256 rows (small tables stay cheap) to 4096 (long streams keep few chunks).
std::size_t chunk_for(std::size_t first_rows) {
  std::size_t chunk = 256;
  while (chunk < first_rows && chunk < 4096) chunk *= 2;
  return chunk;
}

}  // namespace

struct RecordingWriter::Stream {
  StreamInfo info;
  bool uploaded = false;
  std::size_t length = 0;
  Time last = 0;
  std::vector<h5::Column> columns;  // time, value[, uploaded]
};

struct RecordingWriter::Table {
  std::vector<std::string> names;
  std::vector<std::size_t> kinds;  // ColumnValues::index() of each column
  std::vector<h5::Column> columns;
};

struct RecordingWriter::Athlete {
  std::optional<h5::Group> streams;
  std::optional<h5::Group> tables;
  std::map<std::string, Stream> stream;
  std::map<std::string, Table> table;
};

RecordingWriter::RecordingWriter(const std::string& path, const RecordingInfo& info)
    : out_(std::make_unique<AtomicFile>(path)),
      file_(std::make_unique<h5::File>(h5::File::create(out_->temp_path()))) {
  h5::Group root = file_->root();
  root.set_attribute("format", std::string(recording::kFormatName));
  root.set_attribute("version", recording::version_text(recording::kAthleteLayout));
  root.set_attribute("creator", info.creator);
  root.set_attribute("source", info.source);
  athletes_group_ = std::make_unique<h5::Group>(root.create_group(recording::kAthletes));
}

RecordingWriter::~RecordingWriter() = default;

void RecordingWriter::add_athlete(const std::string& id, const Attributes& attributes) {
  check_name(id, "athlete", athletes_group_->where());
  if (athletes_.count(id)) throw h5::Error(athletes_group_->where(id) + ": athlete added twice");
  h5::Group g = athletes_group_->create_group(id);
  for (const auto& [k, v] : attributes) g.set_attribute(k, v);
  auto a = std::make_unique<Athlete>();
  a->streams = g.create_group(recording::kStreams);
  a->tables = g.create_group(recording::kTables);
  athletes_.emplace(id, std::move(a));
}

RecordingWriter::Athlete& RecordingWriter::athlete(const std::string& id) {
  auto it = athletes_.find(id);
  if (it == athletes_.end()) throw h5::Error(athletes_group_->where(id) + ": no such athlete (add it first)");
  return *it->second;
}

void RecordingWriter::append_samples(const std::string& id, const StreamInfo& info, const std::vector<Time>& times,
                                     const std::vector<double>& values) {
  append(id, info, times, values, nullptr);
}

void RecordingWriter::append_samples(const std::string& id, const StreamInfo& info, const std::vector<Time>& times,
                                     const std::vector<double>& values, const std::vector<Time>& uploaded) {
  append(id, info, times, values, &uploaded);
}

void RecordingWriter::append(const std::string& id, const StreamInfo& info, const std::vector<Time>& times,
                             const std::vector<double>& values, const std::vector<Time>* uploaded) {
  Athlete& a = athlete(id);
  h5::Group& streams = *a.streams;
  const std::string name = info.name();
  check_name(info.metric, "metric", streams.where());
  check_name(name, "stream", streams.where());
  if (times.size() != values.size())
    throw h5::Error(streams.where(name) + ": " + std::to_string(times.size()) + " times but " +
                    std::to_string(values.size()) + " values");
  auto it = a.stream.find(name);
  if (it == a.stream.end()) {
    h5::Group g = streams.create_group(name);
    g.set_attribute("metric", info.metric);
    g.set_attribute("unit", info.unit);
    g.set_attribute("source", info.source);
    g.set_attribute("vendor", info.vendor);
    const std::size_t chunk = chunk_for(times.size());
    Stream s{info, uploaded != nullptr, 0, 0, {}};
    s.columns.push_back(g.create_column(recording::kTime, H5T_STD_I64LE, chunk));
    s.columns.push_back(g.create_column(recording::kValue, H5T_IEEE_F64LE, chunk));
    if (uploaded) s.columns.push_back(g.create_column(recording::kUploaded, H5T_STD_I64LE, chunk));
    it = a.stream.emplace(name, std::move(s)).first;
  } else if (it->second.info.unit != info.unit || it->second.info.vendor != info.vendor) {
    throw h5::Error(streams.where(name) + ": unit or vendor differs from the stream's first append");
  }
  Stream& s = it->second;
  if (s.uploaded != (uploaded != nullptr))
    throw h5::Error(streams.where(name) + ": upload times given for some appends but not others");
  if (uploaded && uploaded->size() != times.size())
    throw h5::Error(streams.where(name) + ": " + std::to_string(times.size()) + " times but " +
                    std::to_string(uploaded->size()) + " upload times");
  for (std::size_t i = 0; i < times.size(); ++i) {
    const Time previous = i > 0 ? times[i - 1] : s.last;
    if ((i > 0 || s.length > 0) && times[i] < previous)
      throw h5::Error(streams.where(name) + ": time " + format_time(times[i]) + " is before the previous sample");
  }
  s.columns[0].append(times);
  s.columns[1].append(values);
  if (uploaded) s.columns[2].append(*uploaded);
  s.length += times.size();
  if (!times.empty()) s.last = times.back();
}

void RecordingWriter::append_rows(const std::string& id, const std::string& name, const EventTable& rows) {
  append_rows(athlete(id), name, rows);
}

void RecordingWriter::append_team_rows(const std::string& name, const EventTable& rows) {
  if (!team_) {
    h5::Group g = file_->root().create_group(recording::kTeam);
    team_ = std::make_unique<Athlete>();
    team_->streams = g.create_group(recording::kStreams);
    team_->tables = g.create_group(recording::kTables);
  }
  append_rows(*team_, name, rows);
}

void RecordingWriter::set_attribute(const std::string& name, const std::string& value) {
  file_->root().set_attribute(name, value);
}

void RecordingWriter::append_rows(Athlete& a, const std::string& name, const EventTable& rows) {
  h5::Group& tables = *a.tables;
  check_name(name, "table", tables.where());
  const std::string where = tables.where(name);
  const auto* time = rows.find<std::int64_t>(recording::kTime);
  if (!time) throw h5::Error(where + ": rows need an int64 'time' column");
  for (const auto& c : rows.columns())
    if (column_size(c.values) != time->size()) throw h5::Error(where + ": column '" + c.name + "' has another length");
  auto it = a.table.find(name);
  if (it == a.table.end()) {
    h5::Group g = tables.create_group(name);
    Table t;
    const h5::Handle string_type = h5::utf8_string_type();
    for (const auto& c : rows.columns()) {
      check_name(c.name, "column", where);
      t.names.push_back(c.name);
      t.kinds.push_back(c.values.index());
      t.columns.push_back(g.create_column(c.name, file_type(c.values, string_type), chunk_for(time->size())));
    }
    it = a.table.emplace(name, std::move(t)).first;
  }
  Table& t = it->second;
  if (rows.columns().size() != t.names.size()) throw h5::Error(where + ": rows have other columns than the table");
  for (std::size_t i = 0; i < t.names.size(); ++i) {
    const TableColumn& c = rows.columns()[i];
    if (c.name != t.names[i] || c.values.index() != t.kinds[i])
      throw h5::Error(where + ": column '" + c.name + "' does not match the table's column '" + t.names[i] + "'");
    std::visit(
        [&](const auto& v) {
          using T = typename std::decay_t<decltype(v)>::value_type;
          if constexpr (std::is_same_v<T, std::string>) t.columns[i].append_strings(v);
          else t.columns[i].append(v);
        },
        c.values);
  }
}

void RecordingWriter::close() {
  athletes_.clear();
  team_.reset();
  athletes_group_.reset();
  file_->close();
  out_->commit();
}

}  // namespace preseason
