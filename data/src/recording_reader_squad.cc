// The squad layout (format 2.x) side of RecordingReader: one column per stream or table
// for the whole squad, each athlete's rows found through `offsets`.
#include <algorithm>

#include "data/recording_reader.h"

namespace preseason {

namespace {

// Checks that `offsets` cuts `rows` rows into one slice per athlete, in order.
std::vector<std::int64_t> read_offsets(const h5::Group& g, std::size_t athletes, std::size_t rows) {
  const h5::Dataset d = g.open_dataset(recording::kOffsets);
  if (d.kind() != h5::ColumnKind::kInteger || d.length() != athletes + 1)
    throw h5::Error(d.where() + ": expected int64, one more than the " + std::to_string(athletes) + " athletes");
  std::vector<std::int64_t> offsets = d.read<std::int64_t>();
  if (offsets.front() != 0 || !std::is_sorted(offsets.begin(), offsets.end()) ||
      offsets.back() != static_cast<std::int64_t>(rows))
    throw h5::Error(d.where() + ": must rise from 0 to the " + std::to_string(rows) + " rows");
  return offsets;
}

}  // namespace

void RecordingReader::index_squad() {
  squad_group_.emplace(file_->root().open_group(recording::kSquad));
  const h5::Dataset ids = squad_group_->open_dataset(recording::kAthletes);
  athletes_ = ids.read_strings();
  if (athletes_ != athletes_group_->children())
    throw h5::Error(ids.where() + ": does not list the groups under /" + recording::kAthletes + " in name order");
  for (std::size_t i = 0; i < athletes_.size(); ++i) {
    squad_.position.emplace(athletes_[i], i);
    index_[athletes_[i]];
  }
  if (squad_group_->has(recording::kStreams)) {
    const h5::Group streams = squad_group_->open_group(recording::kStreams);
    for (const auto& name : streams.children()) {
      const h5::Group g = streams.open_group(name);
      StreamSummary s = summarize_stream(g, name);
      std::vector<std::int64_t> offsets = read_offsets(g, athletes_.size(), s.samples);
      for (std::size_t i = 0; i < athletes_.size(); ++i) {
        s.samples = static_cast<std::size_t>(offsets[i + 1] - offsets[i]);
        if (s.samples > 0) index_[athletes_[i]].streams.push_back(s);
      }
      squad_.stream_offsets.emplace(name, std::move(offsets));
    }
  }
  if (squad_group_->has(recording::kTables)) {
    const h5::Group tables = squad_group_->open_group(recording::kTables);
    for (const auto& name : tables.children()) {
      const h5::Group g = tables.open_group(name);
      TableSummary t = summarize_table(g, name, true);
      std::vector<std::int64_t> offsets = read_offsets(g, athletes_.size(), t.rows);
      for (std::size_t i = 0; i < athletes_.size(); ++i) {
        t.rows = static_cast<std::size_t>(offsets[i + 1] - offsets[i]);
        if (t.rows > 0) index_[athletes_[i]].tables.push_back(t);
      }
      squad_.table_offsets.emplace(name, std::move(offsets));
    }
  }
}

RecordingReader::Rows RecordingReader::squad_rows(const std::map<std::string, std::vector<std::int64_t>>& offsets,
                                                  const char* kind, const std::string& athlete,
                                                  const std::string& name) const {
  const auto at = squad_.position.find(athlete);
  if (at == squad_.position.end()) athlete_group(athlete);
  const std::string where = path_ + ":/" + recording::kSquad + "/" + kind + "/" + name;
  const auto it = offsets.find(name);
  if (it == offsets.end()) throw h5::Error(where + ": no such group");
  const std::int64_t begin = it->second[at->second];
  const std::int64_t end = it->second[at->second + 1];
  if (begin == end) throw h5::Error(where + ": no rows of athlete '" + athlete + "'");
  const std::string path = std::string(kind) + "/" + name;
  return Rows{squad_group_->open_group(path), path, static_cast<std::size_t>(begin),
              static_cast<std::size_t>(end - begin)};
}

}  // namespace preseason
