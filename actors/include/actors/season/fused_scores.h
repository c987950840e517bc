// The fuse groups of the vendor mapping whose fused z-score a pipeline records each day:
// sample channel kFeatureCount + i of a feature record, column `fused_<group>_z`.
#pragma once

#include <array>
#include <string>

namespace preseason::season {

inline constexpr std::array<const char*, 2> kFusedGroups{"readiness", "exertion"};

inline std::string fused_column(std::size_t i) { return std::string("fused_") + kFusedGroups[i] + "_z"; }

}  // namespace preseason::season
