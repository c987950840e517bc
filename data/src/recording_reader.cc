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
  if (v.major > recording::kMajor)
    throw h5::Error(root.where() + ": recording version " + text + " is newer than this preseason reads (" +
                    std::to_string(recording::kMajor) + ".x); update preseason");
  if (!root.is_group(recording::kAthletes)) throw h5::Error(root.where(recording::kAthletes) + ": missing group");
  return v;
}

std::vector<std::string> subgroups(const h5::Group& g, const std::string& name) {
  if (!g.has(name)) return {};
  return g.open_group(name).children();
}

}  // namespace

RecordingReader::RecordingReader(const std::string& path)
    : file_(h5::File::open_read(path)), version_(check_header(file_.root())) {
  validate();
}

void RecordingReader::validate() const {
  for (const auto& a : athletes()) {
    for (const auto& s : streams(a)) {
      const h5::Group g = stream_group(a, s.name);
      if (g.column_kind(recording::kTime) != h5::ColumnKind::kInteger)
        throw h5::Error(g.where(recording::kTime) + ": expected int64 microseconds");
      if (g.column_kind(recording::kValue) != h5::ColumnKind::kFloat)
        throw h5::Error(g.where(recording::kValue) + ": expected float64 values");
      if (g.column_length(recording::kValue) != s.samples)
        throw h5::Error(g.where() + ": 'time' and 'value' have different lengths");
      if (g.has(recording::kUploaded) && (g.column_kind(recording::kUploaded) != h5::ColumnKind::kInteger ||
                                          g.column_length(recording::kUploaded) != s.samples))
        throw h5::Error(g.where(recording::kUploaded) + ": expected int64 microseconds, one per sample");
    }
    for (const auto& t : tables(a)) {
      const h5::Group g = table_group(a, t.name);
      if (g.column_kind(recording::kTime) != h5::ColumnKind::kInteger)
        throw h5::Error(g.where(recording::kTime) + ": missing or not int64 microseconds");
      for (const auto& c : t.columns) {
        if (g.column_kind(c) == h5::ColumnKind::kOther) throw h5::Error(g.where(c) + ": unsupported column type");
        if (g.column_length(c) != t.rows) throw h5::Error(g.where(c) + ": length differs from 'time'");
      }
    }
  }
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

Attributes RecordingReader::attributes() const { return text_attributes(file_.root()); }

std::vector<std::string> RecordingReader::athletes() const {
  return file_.root().open_group(recording::kAthletes).children();
}

h5::Group RecordingReader::athlete_group(const std::string& athlete) const {
  return file_.root().open_group(recording::kAthletes).open_group(athlete);
}

h5::Group RecordingReader::stream_group(const std::string& athlete, const std::string& stream) const {
  return athlete_group(athlete).open_group(recording::kStreams).open_group(stream);
}

h5::Group RecordingReader::table_group(const std::string& athlete, const std::string& table) const {
  return athlete_group(athlete).open_group(recording::kTables).open_group(table);
}

Attributes RecordingReader::athlete_attributes(const std::string& athlete) const {
  return text_attributes(athlete_group(athlete));
}

std::vector<StreamSummary> RecordingReader::streams(const std::string& athlete) const {
  std::vector<StreamSummary> out;
  for (const auto& name : subgroups(athlete_group(athlete), recording::kStreams)) {
    const h5::Group g = stream_group(athlete, name);
    StreamSummary s;
    s.name = name;
    s.info.metric = g.string_attribute("metric");
    s.info.unit = g.string_attribute("unit");
    s.info.source = g.has_attribute("source") ? g.string_attribute("source") : "";
    s.info.vendor = g.has_attribute("vendor") ? g.string_attribute("vendor") : "";
    s.samples = g.column_length(recording::kTime);
    out.push_back(std::move(s));
  }
  return out;
}

std::vector<TableSummary> RecordingReader::tables(const std::string& athlete) const {
  std::vector<TableSummary> out;
  for (const auto& name : subgroups(athlete_group(athlete), recording::kTables)) {
    const h5::Group g = table_group(athlete, name);
    TableSummary t;
    t.name = name;
    t.columns = g.children();
    t.rows = g.column_length(recording::kTime);
    out.push_back(std::move(t));
  }
  return out;
}

Samples RecordingReader::read(const std::string& athlete, const std::string& stream) const {
  const h5::Group g = stream_group(athlete, stream);
  Samples out{g.read_column<Time>(recording::kTime), g.read_column<double>(recording::kValue), {}};
  if (g.has(recording::kUploaded)) out.uploaded = g.read_column<Time>(recording::kUploaded);
  return out;
}

Samples RecordingReader::read(const std::string& athlete, const std::string& stream, std::size_t offset,
                              std::size_t count) const {
  const h5::Group g = stream_group(athlete, stream);
  const std::size_t n = g.column_length(recording::kTime);
  offset = std::min(offset, n);
  count = std::min(count, n - offset);
  Samples out{g.read_slice<Time>(recording::kTime, offset, count),
              g.read_slice<double>(recording::kValue, offset, count), {}};
  if (g.has(recording::kUploaded)) out.uploaded = g.read_slice<Time>(recording::kUploaded, offset, count);
  return out;
}

Samples RecordingReader::read_between(const std::string& athlete, const std::string& stream, Time from,
                                      Time to) const {
  const h5::Group g = stream_group(athlete, stream);
  auto first_at_or_after = [&](Time t) {
    std::size_t lo = 0, hi = g.column_length(recording::kTime);
    while (lo < hi) {
      const std::size_t mid = lo + (hi - lo) / 2;
      if (g.read_slice<Time>(recording::kTime, mid, 1)[0] < t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const std::size_t begin = first_at_or_after(from);
  const std::size_t end = std::max(begin, first_at_or_after(to));
  return read(athlete, stream, begin, end - begin);
}

EventTable RecordingReader::read_table(const std::string& athlete, const std::string& table) const {
  return read_table(table_group(athlete, table));
}

bool RecordingReader::has_team_table(const std::string& table) const {
  const h5::Group root = file_.root();
  if (!root.has(recording::kTeam)) return false;
  const h5::Group team = root.open_group(recording::kTeam);
  return team.has(recording::kTables) && team.open_group(recording::kTables).has(table);
}

EventTable RecordingReader::read_team_table(const std::string& table) const {
  if (!has_team_table(table)) throw h5::Error(file_.path() + ":/team/tables/" + table + ": no such table");
  const h5::Group g =
      file_.root().open_group(recording::kTeam).open_group(recording::kTables).open_group(table);
  if (g.column_kind(recording::kTime) != h5::ColumnKind::kInteger)
    throw h5::Error(g.where(recording::kTime) + ": missing or not int64 microseconds");
  return read_table(g);
}

EventTable RecordingReader::read_table(const h5::Group& g) {
  EventTable out;
  for (const auto& c : g.children()) {
    switch (g.column_kind(c)) {
      case h5::ColumnKind::kInteger: out.column<std::int64_t>(c) = g.read_column<std::int64_t>(c); break;
      case h5::ColumnKind::kFloat: out.column<double>(c) = g.read_column<double>(c); break;
      case h5::ColumnKind::kString: out.column<std::string>(c) = g.read_strings(c); break;
      case h5::ColumnKind::kOther: throw h5::Error(g.where(c) + ": unsupported column type");
    }
  }
  return out;
}

}  // namespace preseason
