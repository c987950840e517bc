// What happened to an athlete outside training on one day, passed in when the
// day closes: travel across time zones and alcohol in the evening.
#pragma once

namespace preseason {

struct DayContext {
  // Time zones crossed today, signed: positive eastward, negative westward.
  double tz_shift_h = 0;
  // Standard drinks (10 g ethanol) this evening.
  double alcohol_units = 0;
};

}  // namespace preseason
