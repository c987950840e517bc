// A whole recording held in memory, laid out as docs/recording-format.md stores it: for
// a scratch recording read back at once (a live decision's export), where creating and
// reopening HDF5 objects would cost more than everything else. RecordingReader reads it.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "data/event_table.h"
#include "data/stream_info.h"
#include "data/time.h"

namespace preseason {

struct RecordingContents {
  struct Stream {
    StreamInfo info;
    std::vector<Time> time;  // not decreasing
    std::vector<double> value;
    std::vector<Time> uploaded;  // empty or one per sample
  };
  struct Athlete {
    Attributes attributes;
    std::map<std::string, Stream> streams;     // by StreamInfo::name()
    std::map<std::string, EventTable> tables;  // each with an int64 `time` column
  };
  std::string name;        // stands for the path in messages
  Attributes attributes;   // the root's text attributes
  std::map<std::string, Athlete> athletes;
  std::map<std::string, EventTable> team_tables;
};

}  // namespace preseason
