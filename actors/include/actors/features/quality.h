// How a value came to be: measured from data, imputed (filled or computed from an
// incomplete window), or missing. Every input and feature carries one, so a
// predictor can weigh an imputed value differently from a measured one.
#pragma once

#include <cstdint>
#include <string_view>

namespace preseason {

enum class Quality : std::uint8_t { kMeasured, kImputed, kMissing };

std::string_view quality_name(Quality q);

}  // namespace preseason
