// A questionnaire app: the five wellness items as whole points 1-5 (higher is
// better) and a 0-10 readiness each morning, and session RPE, minutes and sRPE
// load (Foster 2001) about 30 minutes after each session.
#pragma once

#include <vector>

#include "actors/athlete/morning_state.h"
#include "actors/athlete/session.h"
#include "actors/devices/reading.h"
#include "actors/devices/wear_params.h"

namespace preseason {

struct WellnessAppParams {
  // Non-wear here is a morning questionnaire skipped; sessions have their own rate.
  WearParams wear{0.15, Distribution::lognormal(2, 0.8, 0, 120), 0.03};
  double session_skip_probability = 0.10;
  // The athlete's response style (some always answer 4), drawn once, in points.
  Distribution response_bias = Distribution::normal(0, 0.3);
  double item_noise_sd = 0.3;
  double readiness_noise_sd = 0.7;
  double report_delay_min = 30;  // RPE asked ~30 min after the session

  template <class Ar> void serialize(Ar& ar, unsigned) {
    ar & wear & session_skip_probability & response_bias & item_noise_sd & readiness_noise_sd & report_delay_min;
  }
};

class WellnessApp {
 public:
  WellnessApp() = default;
  WellnessApp(const WellnessAppParams& p, Rng& rng);

  void morning(const MorningState& m, Rng& rng, std::vector<Reading>& out);
  void session(Time end, const SessionOutcome& s, Rng& rng, std::vector<Reading>& out);

  double response_bias() const { return response_bias_; }

  template <class Ar> void serialize(Ar& ar, unsigned) { ar & p_ & response_bias_; }

 private:
  WellnessAppParams p_;
  double response_bias_ = 0;
};

}  // namespace preseason
