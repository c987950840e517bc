// An athlete's recorded injury reports: the `time` column of its `injuries` table,
// ascending (none when it has no such table). What train and evaluate take as its injury
// history, and what a replay sends its pipeline.
#pragma once

#include <string>
#include <vector>

#include "data/recording_reader.h"

namespace preseason {

std::vector<Time> recorded_injury_reports(const RecordingReader& recording, const std::string& athlete);

}  // namespace preseason
