// The features computed for every athlete-day, in output column order, and their
// column names. Secondary features are those that only count when out of band.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace preseason {

enum class Feature : std::uint8_t {
  kEwmaAcute,
  kEwmaChronic,
  kAcwrEwma,
  kAcwrCoupled,
  kAcwrUncoupled,
  kMonotony,
  kStrain,
  kCtl,
  kAtl,
  kTsb,
  kHrv7,
  kHrvBase60,
  kHrvSd60,
  kHrvZ,
  kHrvBelowSwc,
  kSleepDebt7,
  kFatigueZ,
  kSleepQualityZ,
  kSorenessZ,
  kStressZ,
  kMoodZ,
  kWellnessZSum,
  kTemperatureZ,
  kHumidityZ,
  kNoiseZ,
  kTravelZ,
};
constexpr std::size_t kFeatureCount = 26;
constexpr Feature kFirstWellnessZ = Feature::kFatigueZ;
constexpr Feature kFirstSecondaryZ = Feature::kTemperatureZ;

constexpr std::size_t index(Feature f) { return static_cast<std::size_t>(f); }
std::string_view feature_name(Feature f);
// The name of secondary feature s (0 = temperature ... 3 = travel), as listed in records.
std::string_view secondary_name(std::size_t s);

}  // namespace preseason
