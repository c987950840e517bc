// Every vendor field a simulated device emits, as a compact id, and a table
// giving its vendor name, the canonical metric it measures, unit, range and
// which direction is better. Readings carry the id; names are looked up only on output.
#pragma once

#include <cstdint>

namespace preseason {

enum class Field : std::uint8_t {
  kRingReadiness, kRingLnRmssd, kRingRmssd, kRingSleepTotal, kRingSleepDeep, kRingSleepLight, kRingSleepRem,
  kRingSleepAwake, kRingRestingHr, kRingTemperatureDeviation,
  kStrapRecovery, kStrapStrain, kStrapHrv, kStrapRestingHr,
  kWatchBodyBattery, kWatchTrainingLoad,
  kGpsTotalDistance, kGpsHighSpeedDistance, kGpsSprintDistance, kGpsAccelerations,
  kAppFatigue, kAppSleepQuality, kAppSoreness, kAppStress, kAppMood, kAppReadiness, kAppSessionRpe,
  kAppSessionMinutes, kAppSessionLoad,
  kEnvTemperature, kEnvHumidity, kEnvNoise,
};
inline constexpr int kFieldCount = static_cast<int>(Field::kEnvNoise) + 1;

enum class Direction : std::uint8_t { kHigherIsBetter, kLowerIsBetter, kNeither };

struct FieldInfo {
  const char* vendor_name;  // "ring.readiness"
  const char* canonical;    // "readiness", snake_case, shared across vendors
  const char* unit;         // "score", "ms", "s", "bpm", "degC", ...
  double min;
  double max;
  Direction direction;
};

const FieldInfo& field_info(Field f);

}  // namespace preseason
