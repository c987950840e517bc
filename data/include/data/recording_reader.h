// Reads a preseason recording written by RecordingWriter, h5py or anything following
// docs/recording-format.md. Opening validates the layout and keeps its index (athletes,
// stream and table summaries); any problem (not a recording, newer major version,
// truncated or corrupted) is an h5::Error naming file and object.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "data/event_table.h"
#include "data/h5.h"
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

  const std::string& path() const { return file_.path(); }
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
  // What opening found for one athlete, summaries in name order, with the datasets kept
  // open so that reading a column costs no second lookup.
  struct StreamData {
    h5::Dataset time, value;
    std::vector<h5::Dataset> uploaded;  // empty or one
  };
  struct TableData {
    h5::Group group;
    std::vector<h5::Dataset> columns;  // as TableSummary::columns
  };
  struct AthleteIndex {
    std::vector<StreamSummary> streams;
    std::vector<StreamData> stream_data;
    std::vector<TableSummary> tables;
    std::vector<TableData> table_data;
  };

  h5::Group athlete_group(const std::string& athlete) const;
  h5::Group stream_group(const std::string& athlete, const std::string& stream) const;
  h5::Group table_group(const std::string& athlete, const std::string& table) const;
  static EventTable read_table(const h5::Group& g);
  static EventTable read_table(const TableData& t, const std::vector<std::string>& columns);
  const AthleteIndex* find(const std::string& athlete) const;
  // Opens each group and dataset of the file once, checking kinds and lengths.
  void index();
  static AthleteIndex index_athlete(const h5::Group& athlete);

  h5::File file_;
  recording::Version version_;
  h5::Group athletes_group_;
  std::vector<std::string> athletes_;
  std::map<std::string, AthleteIndex> index_;
};

}  // namespace preseason
