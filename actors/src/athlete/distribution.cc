#include "actors/athlete/distribution.h"

#include <algorithm>
#include <cmath>

namespace preseason {

namespace {
constexpr int kRedraws = 16;
}  // namespace

double Distribution::draw(Rng& rng) const {
  double x = a;
  for (int i = 0; i < kRedraws; ++i) {
    switch (kind) {
      case Kind::kFixed: x = a; break;
      case Kind::kNormal: x = rng.normal(a, b); break;
      case Kind::kLognormal: x = a * std::exp(b * rng.normal()); break;  // = exp(ln a + b z), without the log
      case Kind::kUniform: x = rng.uniform(a, b); break;
    }
    if (x >= lo && x <= hi) return x;
  }
  return std::clamp(x, lo, hi);
}

double Distribution::center() const {
  switch (kind) {
    case Kind::kUniform: return 0.5 * (a + b);
    default: return a;
  }
}

}  // namespace preseason
