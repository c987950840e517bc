// Daily feature inputs from a preseason recording (simulated or imported): one row per
// athlete and UTC day that has any input, following the source rules in docs/features.md.
// A file that is not a readable recording throws h5::Error naming the file and object.
#pragma once

#include <string>
#include <vector>

#include "actors/features/daily_input.h"

namespace preseason {

class RecordingReader;

std::vector<DailyInput> recording_inputs(const RecordingReader& recording);

}  // namespace preseason
