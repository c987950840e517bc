// Writes a preseason recording (docs/recording-format.md): athletes, numeric streams and
// event tables, all appendable. The file appears at its path only when close() succeeds;
// a writer destroyed before that leaves nothing behind. Throws h5::Error on failure.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "data/atomic_file.h"
#include "data/event_table.h"
#include "data/h5.h"
#include "data/stream_info.h"
#include "data/time.h"

namespace preseason {

struct RecordingInfo {
  std::string creator;  // the program that wrote it, e.g. "preseason import pmdata"
  std::string source;   // where the data came from: a scenario, a dataset, a live squad
};

class RecordingWriter {
 public:
  RecordingWriter(const std::string& path, const RecordingInfo& info);
  ~RecordingWriter();
  RecordingWriter(const RecordingWriter&) = delete;
  RecordingWriter& operator=(const RecordingWriter&) = delete;

  // `id` must already be pseudonymous; attributes are free-form text (e.g. position).
  void add_athlete(const std::string& id, const Attributes& attributes = {});
  // Times must not decrease within a stream, across calls too, so readers can seek by time.
  void append_samples(const std::string& athlete, const StreamInfo& stream, const std::vector<Time>& times,
                      const std::vector<double>& values);
  // The same with the time each sample reached the server; a stream either always or
  // never has upload times.
  void append_samples(const std::string& athlete, const StreamInfo& stream, const std::vector<Time>& times,
                      const std::vector<double>& values, const std::vector<Time>& uploaded);
  // The first call fixes the table's columns and their types; `time` is required.
  void append_rows(const std::string& athlete, const std::string& table, const EventTable& rows);
  // A table about the whole squad (e.g. the planned calendar), under /team (format 1.1).
  void append_team_rows(const std::string& table, const EventTable& rows);
  // Sets a root attribute, e.g. the seed a simulated recording came from.
  void set_attribute(const std::string& name, const std::string& value);
  void close();

 private:
  struct Stream;
  struct Table;
  struct Athlete;
  Athlete& athlete(const std::string& id);
  void append_rows(Athlete& a, const std::string& table, const EventTable& rows);
  void append(const std::string& athlete, const StreamInfo& stream, const std::vector<Time>& times,
              const std::vector<double>& values, const std::vector<Time>* uploaded);

  std::unique_ptr<AtomicFile> out_;
  std::unique_ptr<h5::File> file_;
  std::unique_ptr<h5::Group> athletes_group_;
  std::map<std::string, std::unique_ptr<Athlete>> athletes_;
  std::unique_ptr<Athlete> team_;
};

}  // namespace preseason
