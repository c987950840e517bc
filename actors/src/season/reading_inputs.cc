#include "actors/season/reading_inputs.h"

#include <cmath>

namespace preseason::season {

double InputMapping::convert(double reading) const {
  const double v = reading * scale;
  return log ? std::log(v) : v;
}

std::optional<InputMapping> input_for(Field field) {
  switch (field) {
    case Field::kRingLnRmssd: return InputMapping{Input::kLnRmssd, 1, false, 0, false};
    case Field::kStrapHrv: return InputMapping{Input::kLnRmssd, 1, true, 1, false};
    case Field::kRingSleepTotal: return InputMapping{Input::kSleepH, 1.0 / 3600, false, 0, false};
    case Field::kAppFatigue: return InputMapping{Input::kFatigue, 1, false, 0, false};
    case Field::kAppSleepQuality: return InputMapping{Input::kSleepQuality, 1, false, 0, false};
    case Field::kAppSoreness: return InputMapping{Input::kSoreness, 1, false, 0, false};
    case Field::kAppStress: return InputMapping{Input::kStress, 1, false, 0, false};
    case Field::kAppMood: return InputMapping{Input::kMood, 1, false, 0, false};
    case Field::kAppSessionLoad: return InputMapping{Input::kLoad, 1, false, 0, true};
    case Field::kEnvTemperature: return InputMapping{Input::kTemperature, 1, false, 0, false};
    case Field::kEnvHumidity: return InputMapping{Input::kHumidity, 1, false, 0, false};
    case Field::kEnvNoise: return InputMapping{Input::kNoise, 1, false, 0, false};
    default: return std::nullopt;
  }
}

std::optional<InputMapping> input_for_channel(std::uint32_t channel) {
  if (channel >= kDirectInput) {
    if (channel - kDirectInput >= kInputCount) return std::nullopt;
    const auto input = static_cast<Input>(channel - kDirectInput);
    return InputMapping{input, 1, false, 0, input == Input::kLoad};
  }
  if (channel >= static_cast<std::uint32_t>(kFieldCount)) return std::nullopt;
  return input_for(static_cast<Field>(channel));
}

}  // namespace preseason::season
