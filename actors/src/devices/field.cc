#include "actors/devices/field.h"

#include <array>

namespace preseason {

namespace {
constexpr double kBig = 1e9;
using D = Direction;
constexpr std::array<FieldInfo, kFieldCount> kFields{{
    {"ring.readiness", "readiness", "score", 0, 100, D::kHigherIsBetter},
    {"ring.ln_rmssd", "ln_rmssd", "ln(ms)", 0, 7, D::kHigherIsBetter},
    {"ring.rmssd", "rmssd", "ms", 0, 1000, D::kHigherIsBetter},
    {"ring.sleep_total", "sleep_duration", "s", 0, 86400, D::kHigherIsBetter},
    {"ring.sleep_deep", "sleep_deep", "s", 0, 86400, D::kHigherIsBetter},
    {"ring.sleep_light", "sleep_light", "s", 0, 86400, D::kNeither},
    {"ring.sleep_rem", "sleep_rem", "s", 0, 86400, D::kHigherIsBetter},
    {"ring.sleep_awake", "sleep_wake", "s", 0, 86400, D::kLowerIsBetter},
    {"ring.resting_hr", "resting_hr", "bpm", 25, 120, D::kLowerIsBetter},
    {"ring.temperature_deviation", "skin_temp_deviation", "degC", -5, 5, D::kNeither},
    {"strap.recovery", "recovery", "%", 0, 100, D::kHigherIsBetter},
    {"strap.strain", "daily_strain", "score", 0, 21, D::kNeither},
    {"strap.hrv", "rmssd", "ms", 0, 1000, D::kHigherIsBetter},
    {"strap.resting_hr", "resting_hr", "bpm", 25, 120, D::kLowerIsBetter},
    {"watch.body_battery", "body_battery", "score", 0, 100, D::kHigherIsBetter},
    {"watch.training_load", "training_load", "score", 0, kBig, D::kNeither},
    {"gps.total_distance", "total_distance", "m", 0, kBig, D::kNeither},
    {"gps.hsr_distance", "high_speed_distance", "m", 0, kBig, D::kNeither},
    {"gps.sprint_distance", "sprint_distance", "m", 0, kBig, D::kNeither},
    {"gps.accelerations", "accelerations", "count", 0, kBig, D::kNeither},
    {"app.fatigue", "fatigue", "1-5", 1, 5, D::kHigherIsBetter},
    {"app.sleep_quality", "sleep_quality", "1-5", 1, 5, D::kHigherIsBetter},
    {"app.soreness", "soreness", "1-5", 1, 5, D::kHigherIsBetter},
    {"app.stress", "stress", "1-5", 1, 5, D::kHigherIsBetter},
    {"app.mood", "mood", "1-5", 1, 5, D::kHigherIsBetter},
    {"app.readiness", "self_readiness", "0-10", 0, 10, D::kHigherIsBetter},
    {"app.session_rpe", "session_rpe", "CR-10", 0, 10, D::kNeither},
    {"app.session_minutes", "session_minutes", "min", 0, 600, D::kNeither},
    {"app.srpe_load", "srpe_load", "AU", 0, 6000, D::kNeither},
    {"env.temperature", "temperature", "degC", -20, 50, D::kNeither},
    {"env.humidity", "humidity", "%", 0, 100, D::kNeither},
    {"env.noise", "noise", "dB(A)", 0, 130, D::kLowerIsBetter},
}};
}  // namespace

const FieldInfo& field_info(Field f) { return kFields[static_cast<std::size_t>(f)]; }

}  // namespace preseason
