// One athlete-day of canonical inputs (after vendor normalization). NaN means
// "not reported"; for load that means "no session", which the features read as 0.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>

#include "data/time.h"

namespace preseason {

enum class Input : std::uint8_t {
  kLoad,
  kLnRmssd,
  kSleepH,
  kFatigue,
  kSleepQuality,
  kSoreness,
  kStress,
  kMood,
  kTemperature,
  kHumidity,
  kNoise,
  kTravel,
};
constexpr std::size_t kInputCount = 12;
constexpr std::size_t kWellnessItems = 5;
constexpr Input kFirstWellness = Input::kFatigue;
constexpr std::size_t kSecondaryCount = 4;
constexpr Input kFirstSecondary = Input::kTemperature;

// The CSV column name of an input, e.g. "ln_rmssd".
std::string_view input_name(Input i);
constexpr std::size_t index(Input i) { return static_cast<std::size_t>(i); }

struct DailyInput {
  std::string athlete;
  Day day = 0;
  std::array<double, kInputCount> values;

  DailyInput() { values.fill(std::numeric_limits<double>::quiet_NaN()); }
  DailyInput(std::string a, Day d) : DailyInput() {
    athlete = std::move(a);
    day = d;
  }
  double& operator[](Input i) { return values[index(i)]; }
  double operator[](Input i) const { return values[index(i)]; }
};

}  // namespace preseason
