// Reading batches reach a pipeline on channels: below kDirectInput a simulated device
// Field, converted by the vendor mapping; from kDirectInput up a daily input itself.
#pragma once

#include <cstdint>

namespace preseason::season {

// Channel kDirectInput + i carries Input i, already in canonical units: how imported
// recordings, whose inputs were built by recording_inputs, are replayed.
constexpr std::uint32_t kDirectInput = 1000;

}  // namespace preseason::season
