#include "actors/policy/session_adjustments.h"

#include <algorithm>

namespace preseason {

namespace {
constexpr double kRecoveryMinutes = 40;
constexpr double kRecoveryRpe = 2;
constexpr double kRecoveryIntensity = 0.1;
}  // namespace

bool adjustable(const Session& plan) { return !plan.is_rest() && !plan.is_match(); }

double planned_load(const Session& s) { return s.minutes * s.rpe; }

Decision keep(const Session& plan, std::string reason) { return Decision{plan, Adjustment::kKeep, std::move(reason)}; }

Decision scale_load(const Session& plan, double scale, std::string reason) {
  Decision d{plan, Adjustment::kScaleLoad, std::move(reason)};
  d.session.minutes = plan.minutes * std::max(0.0, scale);
  if (d.session.minutes < 1) {
    d.session = Session{};
    d.adjustment = Adjustment::kRest;
  }
  return d;
}

Decision cap_intensity(const Session& plan, double cap, std::string reason) {
  Decision d{plan, Adjustment::kCapIntensity, std::move(reason)};
  if (plan.intensity > cap) {
    d.session.intensity = std::max(0.0, cap);
    d.session.rpe = plan.rpe * d.session.intensity / plan.intensity;
  }
  return d;
}

Decision recovery(const Session& plan, std::string reason) {
  Decision d{plan, Adjustment::kRecovery, std::move(reason)};
  d.session.type = SessionType::kRecovery;
  d.session.minutes = std::min(plan.minutes, kRecoveryMinutes);
  d.session.rpe = std::min(plan.rpe, kRecoveryRpe);
  d.session.intensity = std::min(plan.intensity, kRecoveryIntensity);
  return d;
}

Decision rest(std::string reason) { return Decision{Session{}, Adjustment::kRest, std::move(reason)}; }

}  // namespace preseason
