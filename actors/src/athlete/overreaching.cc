#include "actors/athlete/overreaching.h"

#include <cmath>

namespace preseason {

bool Overreaching::step(double relative_fatigue, Rng& rng) {
  if (days_left_ > 0) {
    --days_left_;
    return false;
  }
  run_ = relative_fatigue > p_.fatigue_threshold ? run_ + 1 : 0;
  if (run_ < p_.onset_days) return false;
  run_ = 0;
  days_left_ = static_cast<int>(std::lround(p_.episode_days.draw(rng)));
  return days_left_ > 0;
}

}  // namespace preseason
