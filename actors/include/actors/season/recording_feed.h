// What a replay delivers, prepared from a recording: per athlete, the reading
// batches in the order and at the times the pipeline first received them, the raw
// streams read week by week, and the plan. A simulated recording replays exactly (its
// streams keep each reading's arrival and its team calendar); an imported one is
// replayed as daily inputs (docs/features.md rules) arriving after each day, with the
// recorded sessions as the plan. Either kind carries its injury reports.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "actors/planner/planned_day.h"
#include "actors/season/reading_channels.h"
#include "data/recording_reader.h"
#include "engine/event.h"

namespace preseason::season {

struct Delivery {
  Time arrival;
  // Shared with the events that carry it, so a replay sends it without copying.
  std::shared_ptr<const SampleBatch> samples;
};

// A stream delivered as its own samples rather than as pipeline inputs: every stream of
// an imported recording, and those of a simulated one that map to no device field (e.g.
// minute-level heart rate). Too large to hold whole, so it is read when its week is sent.
struct RawStream {
  std::string name;
  std::uint32_t channel = 0;  // kRawStream + the stream's index among the athlete's streams
  std::size_t samples = 0;
};

// The chunk of a raw stream read last: consecutive weeks share it, so each chunk of the
// file is read once.
struct RawChunk {
  std::size_t offset = 0;
  Samples samples;
};

struct AthleteFeed {
  std::string id;
  std::vector<Delivery> deliveries;  // by arrival
  std::vector<RawStream> raw;
  std::vector<PlannedDay> plan;      // individual plan; empty when the team calendar applies
  std::vector<Time> injuries;        // the `injuries` table's report times, ascending
};

struct RecordingFeed {
  bool simulated = false;            // exact replay of a preseason simulation
  std::vector<PlannedDay> calendar;  // the team calendar of a simulated recording
  std::vector<AthleteFeed> athletes;
  Day first_day = 0;
  Day last_day = 0;
};

// Reads streams in chunks of `chunk` samples. `athletes` selects and orders athletes.
RecordingFeed read_feed(const RecordingReader& recording, const std::vector<std::string>& athletes,
                        std::size_t chunk = 1 << 16);

// Index of the first sample of `stream` measured at or after `t`, by binary search.
std::size_t first_at_or_after(const RecordingReader& recording, const std::string& athlete, const RawStream& stream,
                              Time t);

// The samples of `stream` from index `next` measured before `end`, one delivery per
// measured day at the arrival of its last sample; advances `next`. Reads `chunk`
// samples at a time through `cache`.
// The deliveries of several streams in one list by arrival, those that arrive together
// in one batch (stream by stream), so that a replay sends an event per arrival rather than
// per stream: a simulation's truth streams all arrive as each day ends.
std::vector<Delivery> merge_by_arrival(const std::vector<std::vector<Delivery>>& streams);

std::vector<Delivery> raw_deliveries(const RecordingReader& recording, const std::string& athlete,
                                     const RawStream& stream, Time end, std::size_t& next, RawChunk& cache,
                                     std::size_t chunk = 1 << 16);

}  // namespace preseason::season
