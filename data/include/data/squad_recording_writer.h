// Writes a recording in the squad layout (format 2.1, docs/recording-format.md): one
// column per stream or table for the whole squad, the athletes' rows one after another
// and an `offsets` column saying where each athlete's start. A season of thousands of
// athletes then costs a few hundred HDF5 objects instead of hundreds of thousands.
// Athletes are written in increasing id order, each with all of its streams and tables
// at once. The file appears at its path only when close() succeeds; a writer destroyed
// before that leaves nothing behind. Throws h5::Error on failure.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "data/atomic_file.h"
#include "data/chunk_deflater.h"
#include "data/event_table.h"
#include "data/h5.h"
#include "data/recording_writer.h"
#include "data/stream_info.h"
#include "data/time.h"

namespace preseason {

class SquadRecordingWriter {
 public:
  // `athletes`: every athlete of the squad by pseudonymous id, with its text attributes.
  SquadRecordingWriter(const std::string& path, const RecordingInfo& info,
                       const std::map<std::string, Attributes>& athletes);
  ~SquadRecordingWriter();
  SquadRecordingWriter(const SquadRecordingWriter&) = delete;
  SquadRecordingWriter& operator=(const SquadRecordingWriter&) = delete;

  // Starts the athlete the following adds are about; ids must increase from call to call.
  void begin_athlete(const std::string& id);
  // The athlete's whole stream: times not decreasing, one upload time per sample.
  void add_samples(const StreamInfo& stream, const std::vector<Time>& times, const std::vector<double>& values,
                   const std::vector<Time>& uploaded);
  // The athlete's whole table; `time` is required, and a column keeps its type across athletes.
  void add_rows(const std::string& table, const EventTable& rows);
  // A table about the whole squad (e.g. the planned calendar), under /team; once per name.
  void add_team_rows(const std::string& table, const EventTable& rows);
  void set_attribute(const std::string& name, const std::string& value);
  // How many threads compress chunks beside the caller; the file's bytes are the same for any number.
  void set_threads(unsigned threads);
  void close();

 private:
  class SquadColumn;
  struct Block;

  Block& block(std::map<std::string, Block>& blocks, h5::Group& parent, const std::string& name);
  void add(Block& b, const std::string& column, const ColumnValues& values, std::size_t rows);
  void finish_block(Block& b);

  std::unique_ptr<AtomicFile> out_;
  std::unique_ptr<h5::File> file_;
  h5::ChunkDeflater deflater_;  // after file_, so it lets go of its datasets before the file closes
  h5::Handle string_type_;
  std::unique_ptr<h5::Group> streams_group_;
  std::unique_ptr<h5::Group> tables_group_;
  std::unique_ptr<h5::Group> team_tables_;
  std::vector<std::string> athletes_;  // in row order
  std::size_t current_ = 0;            // index of the athlete being written, plus one
  std::map<std::string, Block> streams_;
  std::map<std::string, Block> tables_;
};

}  // namespace preseason
