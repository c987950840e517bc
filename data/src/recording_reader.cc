#include "data/recording_reader.h"

#include <algorithm>

namespace preseason {

namespace {

recording::Version check_header(const h5::Group& root) {
  if (!root.has_attribute("format") || root.string_attribute("format") != recording::kFormatName)
    throw h5::Error(root.where() + ": not a preseason recording (attribute 'format' is not '" +
                    std::string(recording::kFormatName) + "')");
  const std::string text = root.has_attribute("version") ? root.string_attribute("version") : "";
  recording::Version v;
  try {
    v = recording::parse_version(text);
  } catch (const std::invalid_argument&) {
    throw h5::Error(root.where() + ": attribute 'version' is '" + text + "', expected MAJOR.MINOR");
  }
  if (v.major > recording::kNewestMajor)
    throw h5::Error(root.where() + ": recording version " + text + " is newer than this preseason reads (up to " +
                    std::to_string(recording::kNewestMajor) + ".x); update preseason");
  if (!root.is_group(recording::kAthletes)) throw h5::Error(root.where(recording::kAthletes) + ": missing group");
  if (v.major >= recording::kSquadLayout.major && !root.is_group(recording::kSquad))
    throw h5::Error(root.where(recording::kSquad) + ": missing group");
  return v;
}

// A table as a file gives it back: columns in name order.
EventTable by_column_name(const EventTable& table) {
  EventTable out = table;
  std::sort(out.columns().begin(), out.columns().end(),
            [](const TableColumn& a, const TableColumn& b) { return a.name < b.name; });
  return out;
}

}  // namespace

RecordingReader::RecordingReader(const std::string& path)
    : path_(path), file_(h5::File::open_read(path)), version_(check_header(file_->root())) {
  athletes_group_.emplace(file_->root().open_group(recording::kAthletes));
  index();
}

RecordingReader::RecordingReader(std::shared_ptr<const RecordingContents> contents)
    : path_(contents->name),
      contents_(std::move(contents)),
      version_(recording::kAthleteLayout) {
  for (const auto& [id, a] : contents_->athletes) {
    athletes_.push_back(id);
    index_.emplace(id, index_athlete(a));
  }
}

void RecordingReader::index() {
  if (squad_layout()) return index_squad();
  athletes_ = athletes_group_->children();
  for (const auto& a : athletes_) index_.emplace(a, index_athlete(athletes_group_->open_group(a)));
}

RecordingReader::AthleteIndex RecordingReader::index_athlete(const RecordingContents::Athlete& athlete) {
  AthleteIndex out;
  for (const auto& [name, s] : athlete.streams) out.streams.push_back(StreamSummary{name, s.info, s.time.size()});
  for (const auto& [name, t] : athlete.tables) {
    TableSummary summary{name, {}, t.rows()};
    for (const TableColumn& c : t.columns()) summary.columns.push_back(c.name);
    std::sort(summary.columns.begin(), summary.columns.end());
    out.tables.push_back(std::move(summary));
  }
  return out;
}

const RecordingContents::Athlete& RecordingReader::contents_of(const std::string& athlete) const {
  const auto it = contents_->athletes.find(athlete);
  if (it == contents_->athletes.end()) throw h5::Error(path_ + ":/athletes/" + athlete + ": no such group");
  return it->second;
}

const RecordingContents::Stream& RecordingReader::contents_of(const std::string& athlete,
                                                              const std::string& stream) const {
  const RecordingContents::Athlete& a = contents_of(athlete);
  const auto it = a.streams.find(stream);
  if (it == a.streams.end())
    throw h5::Error(path_ + ":/athletes/" + athlete + "/streams/" + stream + ": no such group");
  return it->second;
}

// Each dataset is opened, checked and closed again: HDF5 slows down and holds about 15 kB
// per open object, so keeping a squad's tens of thousands of datasets open made opening a
// 1,000-athlete recording take twice as long and 580 MB.
StreamSummary RecordingReader::summarize_stream(const h5::Group& g, const std::string& name) {
  StreamSummary s;
  s.name = name;
  s.info.metric = g.string_attribute("metric");
  s.info.unit = g.string_attribute("unit");
  s.info.source = g.has_attribute("source") ? g.string_attribute("source") : "";
  s.info.vendor = g.has_attribute("vendor") ? g.string_attribute("vendor") : "";
  const h5::Dataset time = g.open_dataset(recording::kTime);
  const h5::Dataset value = g.open_dataset(recording::kValue);
  s.samples = time.length();
  if (time.kind() != h5::ColumnKind::kInteger) throw h5::Error(g.where(recording::kTime) + ": expected int64 microseconds");
  if (value.kind() != h5::ColumnKind::kFloat) throw h5::Error(g.where(recording::kValue) + ": expected float64 values");
  if (value.length() != s.samples) throw h5::Error(g.where() + ": 'time' and 'value' have different lengths");
  if (g.has(recording::kUploaded)) {
    const h5::Dataset uploaded = g.open_dataset(recording::kUploaded);
    if (uploaded.kind() != h5::ColumnKind::kInteger || uploaded.length() != s.samples)
      throw h5::Error(g.where(recording::kUploaded) + ": expected int64 microseconds, one per sample");
  }
  return s;
}

TableSummary RecordingReader::summarize_table(const h5::Group& g, const std::string& name, bool squad) {
  TableSummary t;
  t.name = name;
  t.rows = g.open_dataset(recording::kTime).length();
  for (const auto& c : g.children()) {
    if (squad && c == recording::kOffsets) continue;
    const h5::Dataset column = g.open_dataset(c);
    if (c == recording::kTime && column.kind() != h5::ColumnKind::kInteger)
      throw h5::Error(g.where(recording::kTime) + ": missing or not int64 microseconds");
    if (column.kind() == h5::ColumnKind::kOther) throw h5::Error(g.where(c) + ": unsupported column type");
    if (column.length() != t.rows) throw h5::Error(g.where(c) + ": length differs from 'time'");
    t.columns.push_back(c);
  }
  return t;
}

RecordingReader::AthleteIndex RecordingReader::index_athlete(const h5::Group& athlete) {
  AthleteIndex out;
  if (athlete.has(recording::kStreams)) {
    const h5::Group streams = athlete.open_group(recording::kStreams);
    for (const auto& name : streams.children()) out.streams.push_back(summarize_stream(streams.open_group(name), name));
  }
  if (athlete.has(recording::kTables)) {
    const h5::Group tables = athlete.open_group(recording::kTables);
    for (const auto& name : tables.children())
      out.tables.push_back(summarize_table(tables.open_group(name), name, false));
  }
  return out;
}

const RecordingReader::AthleteIndex* RecordingReader::find(const std::string& athlete) const {
  const auto it = index_.find(athlete);
  return it == index_.end() ? nullptr : &it->second;
}

namespace {

// Text attributes only: others (numbers, arrays) may be added by other tools and are not ours to interpret.
Attributes text_attributes(const h5::Group& g) {
  Attributes out;
  for (const auto& name : g.attribute_names()) {
    try {
      out[name] = g.string_attribute(name);
    } catch (const h5::Error&) {
    }
  }
  return out;
}

}  // namespace

Attributes RecordingReader::attributes() const {
  return contents_ ? contents_->attributes : text_attributes(file_->root());
}

std::vector<std::string> RecordingReader::athletes() const { return athletes_; }

h5::Group RecordingReader::athlete_group(const std::string& athlete) const {
  return athletes_group_->open_group(athlete);
}

// One open by path; on failure, step by step, so that the error names the missing part.
h5::Group RecordingReader::stream_group(const std::string& athlete, const std::string& stream) const {
  try {
    return athletes_group_->open_group(athlete + "/" + recording::kStreams + "/" + stream);
  } catch (const h5::Error&) {
    return athlete_group(athlete).open_group(recording::kStreams).open_group(stream);
  }
}

h5::Group RecordingReader::table_group(const std::string& athlete, const std::string& table) const {
  try {
    return athletes_group_->open_group(athlete + "/" + recording::kTables + "/" + table);
  } catch (const h5::Error&) {
    return athlete_group(athlete).open_group(recording::kTables).open_group(table);
  }
}

Attributes RecordingReader::athlete_attributes(const std::string& athlete) const {
  if (contents_) return contents_of(athlete).attributes;
  return text_attributes(athlete_group(athlete));
}

// An athlete the index lacks is not in the recording: the lookup names it in the error.
std::vector<StreamSummary> RecordingReader::streams(const std::string& athlete) const {
  const AthleteIndex* a = find(athlete);
  if (!a && contents_) contents_of(athlete);
  if (!a) athlete_group(athlete);
  return a->streams;
}

std::vector<TableSummary> RecordingReader::tables(const std::string& athlete) const {
  const AthleteIndex* a = find(athlete);
  if (!a && contents_) contents_of(athlete);
  if (!a) athlete_group(athlete);
  return a->tables;
}

namespace {

template <class Summary>
std::size_t count_of(const std::vector<Summary>& summaries, const std::string& name) {
  const auto it = std::lower_bound(summaries.begin(), summaries.end(), name,
                                   [](const Summary& s, const std::string& n) { return s.name < n; });
  if (it == summaries.end() || it->name != name) return 0;
  if constexpr (std::is_same_v<Summary, StreamSummary>) return it->samples;
  else return it->rows;
}

}  // namespace

RecordingReader::Rows RecordingReader::stream_rows(const std::string& athlete, const std::string& stream) const {
  if (squad_layout()) return squad_rows(squad_.stream_offsets, recording::kStreams, athlete, stream);
  h5::Group g = stream_group(athlete, stream);
  return Rows{std::move(g), "", 0, count_of(find(athlete)->streams, stream)};
}

RecordingReader::Rows RecordingReader::table_rows(const std::string& athlete, const std::string& table) const {
  if (squad_layout()) return squad_rows(squad_.table_offsets, recording::kTables, athlete, table);
  h5::Group g = table_group(athlete, table);
  return Rows{std::move(g), "", 0, count_of(find(athlete)->tables, table)};
}

std::shared_ptr<const h5::Dataset> RecordingReader::column(const Rows& rows, const std::string& name) const {
  if (rows.squad_path.empty()) return std::make_shared<const h5::Dataset>(rows.group.open_dataset(name));
  const std::string key = rows.squad_path + "/" + name;
  auto it = squad_columns_.find(key);
  if (it == squad_columns_.end())
    it = squad_columns_.emplace(key, std::make_shared<const h5::Dataset>(rows.group.open_dataset(name))).first;
  return it->second;
}

Samples RecordingReader::read_samples(const Rows& rows, std::size_t begin, std::size_t count) const {
  Samples out{column(rows, recording::kTime)->read_slice<Time>(begin, count),
              column(rows, recording::kValue)->read_slice<double>(begin, count), {}};
  if (rows.group.has(recording::kUploaded))
    out.uploaded = column(rows, recording::kUploaded)->read_slice<Time>(begin, count);
  return out;
}

Samples RecordingReader::read(const std::string& athlete, const std::string& stream) const {
  if (contents_) {
    const RecordingContents::Stream& s = contents_of(athlete, stream);
    return Samples{s.time, s.value, s.uploaded};
  }
  const Rows rows = stream_rows(athlete, stream);
  return read_samples(rows, rows.begin, rows.count);
}

Samples RecordingReader::read(const std::string& athlete, const std::string& stream, std::size_t offset,
                              std::size_t count) const {
  if (contents_) {
    const RecordingContents::Stream& s = contents_of(athlete, stream);
    offset = std::min(offset, s.time.size());
    count = std::min(count, s.time.size() - offset);
    const auto slice = [&](const auto& v) {
      using V = std::decay_t<decltype(v)>;
      return v.empty() ? V{} : V(v.begin() + static_cast<std::ptrdiff_t>(offset),
                                 v.begin() + static_cast<std::ptrdiff_t>(offset + count));
    };
    return Samples{slice(s.time), slice(s.value), slice(s.uploaded)};
  }
  const Rows rows = stream_rows(athlete, stream);
  offset = std::min(offset, rows.count);
  return read_samples(rows, rows.begin + offset, std::min(count, rows.count - offset));
}

Samples RecordingReader::read_between(const std::string& athlete, const std::string& stream, Time from,
                                      Time to) const {
  if (contents_) {
    const std::vector<Time>& time = contents_of(athlete, stream).time;
    const auto begin = std::lower_bound(time.begin(), time.end(), from);
    const auto end = std::max(begin, std::lower_bound(time.begin(), time.end(), to));
    return read(athlete, stream, static_cast<std::size_t>(begin - time.begin()), static_cast<std::size_t>(end - begin));
  }
  const Rows rows = stream_rows(athlete, stream);
  const std::shared_ptr<const h5::Dataset> time = column(rows, recording::kTime);
  auto first_at_or_after = [&](Time t) {
    std::size_t lo = rows.begin, hi = rows.begin + rows.count;
    while (lo < hi) {
      const std::size_t mid = lo + (hi - lo) / 2;
      if (time->read_slice<Time>(mid, 1)[0] < t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const std::size_t begin = first_at_or_after(from);
  const std::size_t end = std::max(begin, first_at_or_after(to));
  return read_samples(rows, begin, end - begin);
}

EventTable RecordingReader::read_table(const std::string& athlete, const std::string& table) const {
  if (contents_) {
    const RecordingContents::Athlete& a = contents_of(athlete);
    const auto it = a.tables.find(table);
    if (it == a.tables.end())
      throw h5::Error(path_ + ":/athletes/" + athlete + "/tables/" + table + ": no such group");
    return by_column_name(it->second);
  }
  return read_table(table_rows(athlete, table));
}

bool RecordingReader::has_team_table(const std::string& table) const {
  if (contents_) return contents_->team_tables.count(table) > 0;
  const h5::Group root = file_->root();
  if (!root.has(recording::kTeam)) return false;
  const h5::Group team = root.open_group(recording::kTeam);
  return team.has(recording::kTables) && team.open_group(recording::kTables).has(table);
}

EventTable RecordingReader::read_team_table(const std::string& table) const {
  if (!has_team_table(table)) throw h5::Error(path_ + ":/team/tables/" + table + ": no such table");
  if (contents_) return by_column_name(contents_->team_tables.at(table));
  Rows rows{file_->root().open_group(recording::kTeam).open_group(recording::kTables).open_group(table), "", 0, 0};
  const h5::Dataset time = rows.group.open_dataset(recording::kTime);
  if (time.kind() != h5::ColumnKind::kInteger)
    throw h5::Error(rows.group.where(recording::kTime) + ": missing or not int64 microseconds");
  rows.count = time.length();
  return read_table(rows);
}

EventTable RecordingReader::read_table(const Rows& rows) const {
  EventTable out;
  for (const auto& c : rows.group.children()) {
    if (!rows.squad_path.empty() && c == recording::kOffsets) continue;
    const std::shared_ptr<const h5::Dataset> d = column(rows, c);
    switch (d->kind()) {
      case h5::ColumnKind::kInteger: out.column<std::int64_t>(c) = d->read_slice<std::int64_t>(rows.begin, rows.count); break;
      case h5::ColumnKind::kFloat: out.column<double>(c) = d->read_slice<double>(rows.begin, rows.count); break;
      case h5::ColumnKind::kString: out.column<std::string>(c) = d->read_strings(rows.begin, rows.count); break;
      case h5::ColumnKind::kOther: throw h5::Error(rows.group.where(c) + ": unsupported column type");
    }
  }
  return out;
}

}  // namespace preseason
