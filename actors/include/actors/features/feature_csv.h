// Writes feature records as CSV, one row per athlete-day: athlete, date, the
// primary inputs used, every feature, a quality column `<name>_q` per value and the
// ';'-separated active secondary features. Numbers are shortest round-trip
// (full precision); missing is empty. The file appears only once complete.
#pragma once

#include <string>

#include "actors/features/feature_table.h"

namespace preseason {

void write_feature_csv(const std::string& path, const FeatureTable& table);

}  // namespace preseason
