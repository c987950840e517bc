// What a replay delivers, prepared from a recording: per athlete, the reading
// batches in the order and at the times the pipeline first received them, and the
// plan to decide on. A simulated recording replays exactly (its streams keep each
// reading's arrival and its team calendar); an imported one is replayed as daily
// inputs (docs/features.md rules) arriving after each day, with the recorded
// sessions as the plan.
#pragma once

#include <string>
#include <vector>

#include "actors/planner/planned_day.h"
#include "data/recording_reader.h"
#include "engine/event.h"

namespace preseason::season {

struct Delivery {
  Time arrival;
  SampleBatch samples;
};

struct AthleteFeed {
  std::string id;
  std::vector<Delivery> deliveries;  // by arrival
  std::vector<PlannedDay> plan;      // individual plan; empty when the team calendar applies
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

}  // namespace preseason::season
