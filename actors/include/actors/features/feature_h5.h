// Writes feature records as a recording-format HDF5 file with one squad-wide table
// /team/tables/features, one row per athlete-day in table order: `time` (day start, µs),
// `athlete`, one float64 column per value and an int8 `<name>_q` per value (0 measured,
// 1 imputed, 2 missing), plus the `active_secondary` bit mask. The file appears only once
// complete; throws h5::Error.
#pragma once

#include <string>

#include "actors/features/feature_table.h"

namespace preseason {

void write_feature_h5(const std::string& path, const FeatureTable& table, const std::string& source);

}  // namespace preseason
