// The channels of the reading batches a pipeline receives: below kDirectInput a
// simulated device Field, converted by the vendor mapping; from kDirectInput a daily
// input itself; from kRawStream a recorded stream that is no input.
#pragma once

#include <cstdint>

namespace preseason::season {

// Channel kDirectInput + i carries Input i, already in canonical units: how imported
// recordings, whose inputs were built by recording_inputs, are replayed.
constexpr std::uint32_t kDirectInput = 1000;

// Channel kRawStream + k carries the samples of an athlete's stream k as recorded: the
// pipeline counts them; they are no input, so they never change features or decisions.
constexpr std::uint32_t kRawStream = 1u << 20;

}  // namespace preseason::season
