// One raw reading as a device or app reports it: a vendor's field for an athlete,
// stamped with the time it was measured (not when it arrived).
#pragma once

#include <string>

#include "data/time.h"

namespace preseason {

struct VendorReading {
  std::string athlete;
  std::string vendor;
  std::string field;
  Time measured = 0;
  double value = 0;
};

}  // namespace preseason
