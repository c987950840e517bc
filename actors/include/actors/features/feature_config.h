// Tunable parts of the feature definitions; the fixed windows (7/28/60 days,
// τ = 42/7) are part of the definitions themselves and live in athlete_features.cc.
#pragma once

namespace preseason {

struct FeatureConfig {
  // A secondary feature is active when |x − baseline mean| > band × baseline SD.
  double secondary_band = 2.0;
  // Wellness and secondary baselines: the previous `baseline_days` days (day t excluded),
  // at least `baseline_min` values.
  int baseline_days = 28;
  int baseline_min = 7;
  double sleep_need_h = 8.2;

  template <class Ar> void serialize(Ar& ar, unsigned) { ar & secondary_band & baseline_days & baseline_min & sleep_need_h; }
};

}  // namespace preseason
