// One athlete's imported streams and tables, gathered from all source files before any
// of it is written, so samples can be put in time order whatever order the files used.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "data/event_table.h"
#include "data/recording_writer.h"
#include "data/stream_info.h"

namespace preseason {

class AthleteData {
 public:
  void add(const StreamInfo& stream, Time time, double value);
  EventTable& table(const std::string& name) { return tables_[name]; }
  // Writes streams (stably sorted by time) and tables (rows sorted by time) to `out`.
  void write(RecordingWriter& out, const std::string& athlete) const;

 private:
  struct Stream {
    StreamInfo info;
    std::vector<std::pair<Time, double>> samples;
  };
  std::map<std::string, Stream> streams_;
  std::map<std::string, EventTable> tables_;
};

}  // namespace preseason
