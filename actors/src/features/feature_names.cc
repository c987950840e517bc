#include "actors/features/daily_input.h"
#include "actors/features/feature_id.h"
#include "actors/features/quality.h"

namespace preseason {

std::string_view quality_name(Quality q) {
  switch (q) {
    case Quality::kMeasured: return "measured";
    case Quality::kImputed: return "imputed";
    case Quality::kMissing: return "missing";
  }
  return "missing";
}

std::string_view input_name(Input i) {
  static constexpr std::string_view kNames[kInputCount] = {
      "load",     "ln_rmssd", "sleep_h", "fatigue",     "sleep_quality", "soreness",
      "stress",   "mood",     "temperature", "humidity", "noise",         "travel"};
  return kNames[index(i)];
}

std::string_view feature_name(Feature f) {
  static constexpr std::string_view kNames[kFeatureCount] = {
      "ewma_acute",  "ewma_chronic",  "acwr_ewma",  "acwr_coupled", "acwr_uncoupled",  "monotony",
      "strain",      "ctl",           "atl",        "tsb",          "hrv7",            "hrv_base60",
      "hrv_sd60",    "hrv_z",         "hrv_below_swc", "sleep_debt7", "fatigue_z",     "sleep_quality_z",
      "soreness_z",  "stress_z",      "mood_z",     "wellness_z_sum", "temperature_z", "humidity_z",
      "noise_z",     "travel_z"};
  return kNames[index(f)];
}

std::string_view secondary_name(std::size_t s) {
  static constexpr std::string_view kNames[kSecondaryCount] = {"temperature", "humidity", "noise", "travel"};
  return kNames[s];
}

}  // namespace preseason
