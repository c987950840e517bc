// The feature record of one athlete-day: the inputs as used (load with rest days
// filled as 0), every feature with its quality, and which secondary features are active.
#pragma once

#include <array>
#include <boost/serialization/array.hpp>
#include <cmath>
#include <cstdint>

#include "actors/features/daily_input.h"
#include "actors/features/feature_id.h"
#include "actors/features/quality.h"
#include "data/time.h"

namespace preseason {

struct FeatureRecord {
  Day day = 0;
  std::array<double, kInputCount> inputs{};
  std::array<Quality, kInputCount> input_quality{};
  std::array<double, kFeatureCount> values{};
  std::array<Quality, kFeatureCount> quality{};
  // Bit s set when secondary feature s (see secondary_name) is out of its band today.
  std::uint8_t active_secondary = 0;

  double operator[](Feature f) const { return values[index(f)]; }
  Quality quality_of(Feature f) const { return quality[index(f)]; }
  bool has(Feature f) const { return !std::isnan(values[index(f)]); }
  bool active(std::size_t secondary) const { return (active_secondary >> secondary) & 1u; }

  template <class Ar> void serialize(Ar& ar, unsigned) {
    ar & day & inputs & input_quality & values & quality & active_secondary;
  }
};

}  // namespace preseason
