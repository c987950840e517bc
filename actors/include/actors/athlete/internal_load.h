// The athlete's internal-load history as the injury hazard sees it: exponentially
// weighted acute and chronic daily session-RPE load (Williams 2017, lambda =
// 2/(N+1)) and their ratio, the EWMA ACWR (Gabbett 2016, Hulin 2016).
#pragma once

#include <algorithm>

namespace preseason {

struct InternalLoadParams {
  double acute_days = 7;     // N of the acute window; lambda_a = 2/(N+1) = 0.25
  double chronic_days = 28;  // N of the chronic window; lambda_c = 2/(N+1) ~ 0.069
  // Floor of the chronic load in the ratio (AU/day) so a return from a long
  // break does not divide by almost nothing.
  double chronic_floor = 50;

  template <class Ar> void serialize(Ar& ar, unsigned) { ar & acute_days & chronic_days & chronic_floor; }
};

class InternalLoad {
 public:
  InternalLoad() = default;
  // Starts both averages at the athlete's off-season daily load.
  InternalLoad(const InternalLoadParams& p, double initial_daily_load)
      : p_(p), acute_(initial_daily_load), chronic_(initial_daily_load) {}

  void add_day(double load) {
    const double la = 2 / (p_.acute_days + 1);
    const double lc = 2 / (p_.chronic_days + 1);
    acute_ = la * load + (1 - la) * acute_;
    chronic_ = lc * load + (1 - lc) * chronic_;
  }

  double acute() const { return acute_; }
  double chronic() const { return chronic_; }
  double acwr() const { return acute_ / std::max(chronic_, p_.chronic_floor); }

  template <class Ar> void serialize(Ar& ar, unsigned) { ar & p_ & acute_ & chronic_; }

 private:
  InternalLoadParams p_;
  double acute_ = 0;
  double chronic_ = 0;
};

}  // namespace preseason
