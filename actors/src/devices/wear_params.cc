#include "actors/devices/wear_params.h"

#include "actors/devices/round_half_away.h"

namespace preseason {

Time upload_time(const WearParams& p, Time measured, Rng& rng) {
  double delay = p.sync_delay_min.draw(rng) * kMinute;
  if (rng.bernoulli(p.late_upload_probability)) delay += p.late_delay_h.draw(rng) * kHour;
  return measured + static_cast<Time>(round_half_away(delay));
}

}  // namespace preseason
