#include "number_text.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace preseason {

std::string number_text(double x) {
  char buf[64];
  // Plain decimals read best ("350", "0.0022"); exponents only for extreme magnitudes.
  const double magnitude = std::abs(x);
  if (magnitude == 0 || (magnitude >= 1e-6 && magnitude < 1e15)) {
    for (int decimals = 0; decimals <= 20; ++decimals) {
      std::snprintf(buf, sizeof buf, "%.*f", decimals, x);
      if (std::strtod(buf, nullptr) == x) return buf;
    }
  }
  for (int precision = 1; precision <= 17; ++precision) {
    std::snprintf(buf, sizeof buf, "%.*g", precision, x);
    if (std::strtod(buf, nullptr) == x) break;
  }
  return buf;
}

}  // namespace preseason
