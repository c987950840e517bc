// Reads a preseason recording written by RecordingWriter, SquadRecordingWriter, h5py or
// anything following docs/recording-format.md, in either layout (1.x per athlete, 2.x per
// squad) through the same per-athlete calls. Opening validates the layout and keeps its
// index (athletes, stream and table summaries); any problem (not a recording, newer major
// version, truncated or corrupted) is an h5::Error naming file and object. It reads
// contents held in memory the same way.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "data/event_table.h"
#include "data/h5.h"
#include "data/recording_contents.h"
#include "data/recording_format.h"
#include "data/stream_info.h"
#include "data/time.h"

namespace preseason {

struct StreamSummary {
  std::string name;
  StreamInfo info;
  std::size_t samples = 0;
};

struct TableSummary {
  std::string name;
  std::vector<std::string> columns;
  std::size_t rows = 0;
};

struct Samples {
  std::vector<Time> time;
  std::vector<double> value;
  std::vector<Time> uploaded;  // empty when the stream has no upload times
};

class RecordingReader {
 public:
  explicit RecordingReader(const std::string& path);
  // Reads `contents` as if it were a file named contents->name.
  explicit RecordingReader(std::shared_ptr<const RecordingContents> contents);

  const std::string& path() const { return path_; }
  recording::Version version() const { return version_; }
  Attributes attributes() const;
  std::vector<std::string> athletes() const;
  Attributes athlete_attributes(const std::string& athlete) const;
  std::vector<StreamSummary> streams(const std::string& athlete) const;
  std::vector<TableSummary> tables(const std::string& athlete) const;

  Samples read(const std::string& athlete, const std::string& stream) const;
  // Samples [offset, offset + count), clipped to the stream's end: for reading in chunks.
  Samples read(const std::string& athlete, const std::string& stream, std::size_t offset, std::size_t count) const;
  // Samples with from <= time < to, found by binary search on the sorted time column.
  Samples read_between(const std::string& athlete, const std::string& stream, Time from, Time to) const;
  EventTable read_table(const std::string& athlete, const std::string& table) const;
  // Squad-level tables under /team (absent in 1.0 files and in imports).
  bool has_team_table(const std::string& table) const;
  EventTable read_team_table(const std::string& table) const;

 private:
  // What opening found for one athlete, summaries in name order.
  struct AthleteIndex {
    std::vector<StreamSummary> streams;
    std::vector<TableSummary> tables;
  };

  // Where an athlete's rows of a stream or table are: in the athlete's own group (1.x) or
  // in the squad's (2.x). Throws naming what is missing.
  struct Rows {
    h5::Group group;
    std::string squad_path;  // 2.x: e.g. "streams/ring.hrv", under /squad
    std::size_t begin = 0;
    std::size_t count = 0;
  };
  // 2.x: the athletes' row order and where each one's rows of every stream and table start.
  struct SquadIndex {
    std::map<std::string, std::size_t> position;
    std::map<std::string, std::vector<std::int64_t>> stream_offsets;
    std::map<std::string, std::vector<std::int64_t>> table_offsets;
  };

  bool squad_layout() const { return version_.major >= recording::kSquadLayout.major; }
  h5::Group athlete_group(const std::string& athlete) const;
  h5::Group stream_group(const std::string& athlete, const std::string& stream) const;
  h5::Group table_group(const std::string& athlete, const std::string& table) const;
  Rows stream_rows(const std::string& athlete, const std::string& stream) const;
  Rows table_rows(const std::string& athlete, const std::string& table) const;
  Rows squad_rows(const std::map<std::string, std::vector<std::int64_t>>& offsets, const char* kind,
                  const std::string& athlete, const std::string& name) const;
  // A column of the rows' stream or table. In 2.x it is opened once and kept: a squad's
  // few hundred columns serve every athlete, and HDF5's chunk cache then gives the next
  // athlete's slice from the chunk the last one inflated. In 1.x it is opened per read.
  std::shared_ptr<const h5::Dataset> column(const Rows& rows, const std::string& name) const;
  Samples read_samples(const Rows& rows, std::size_t begin, std::size_t count) const;
  EventTable read_table(const Rows& rows) const;
  const AthleteIndex* find(const std::string& athlete) const;
  // Opens each group and dataset of the file once, checking kinds and lengths, and closes it.
  void index();
  void index_squad();  // recording_reader_squad.cc
  static StreamSummary summarize_stream(const h5::Group& g, const std::string& name);
  static TableSummary summarize_table(const h5::Group& g, const std::string& name, bool squad);
  static AthleteIndex index_athlete(const h5::Group& athlete);
  static AthleteIndex index_athlete(const RecordingContents::Athlete& athlete);
  // The athlete's contents; throws as a file lacking the athlete would.
  const RecordingContents::Athlete& contents_of(const std::string& athlete) const;
  const RecordingContents::Stream& contents_of(const std::string& athlete, const std::string& stream) const;

  std::string path_;
  std::shared_ptr<const RecordingContents> contents_;  // null when reading a file
  std::optional<h5::File> file_;                       // those two only when reading a file
  std::optional<h5::Group> athletes_group_;
  std::optional<h5::Group> squad_group_;  // 2.x files only
  SquadIndex squad_;
  mutable std::map<std::string, std::shared_ptr<const h5::Dataset>> squad_columns_;  // by squad_path/column
  recording::Version version_;
  std::vector<std::string> athletes_;
  std::map<std::string, AthleteIndex> index_;
};

}  // namespace preseason
