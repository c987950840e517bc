// Which simulated device field feeds which daily feature input, in the input's
// unit. Where two devices measure the same input, the first listed wins and the
// other is only used on days the first is missing (ring before strap for HRV,
// ring before watch for sleep).
#pragma once

#include <optional>

#include "actors/devices/field.h"
#include "actors/features/daily_input.h"

namespace preseason::season {

struct InputMapping {
  Input input;
  double scale;   // multiply the reading by this (e.g. seconds -> hours)
  bool log;       // take the natural log after scaling (rMSSD in ms -> ln rMSSD)
  int priority;   // lower wins when two devices report the same input on a day
  bool summed;    // several readings a day add up (session loads)

  double convert(double reading) const;
};

std::optional<InputMapping> input_for(Field field);

// Channels from this one up carry a daily input directly (channel - kDirectInput is the
// Input), already in canonical units: how imported recordings are replayed.
constexpr std::uint32_t kDirectInput = 1000;

// The mapping of a reading batch's channel: a simulated Field or a direct input.
std::optional<InputMapping> input_for_channel(std::uint32_t channel);

}  // namespace preseason::season
