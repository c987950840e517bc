// A plain description of a random quantity that a scenario file can fill in:
// kind plus parameters, optionally truncated to [lo, hi] by redrawing. draw()
// takes the caller's Rng, so a Distribution itself never holds random state.
#pragma once

#include <limits>

#include "engine/random.h"

namespace preseason {

struct Distribution {
  enum class Kind { kFixed, kNormal, kLognormal, kUniform };

  Kind kind = Kind::kFixed;
  // kFixed: value = a. kNormal: mean a, SD b. kLognormal: median a (> 0), sigma b
  // of the log. kUniform: [a, b).
  double a = 0;
  double b = 0;
  // Truncation bounds; a draw outside is redrawn, and after a few misses clamped,
  // so a badly placed bound cannot stall a run.
  double lo = -std::numeric_limits<double>::infinity();
  double hi = std::numeric_limits<double>::infinity();

  static Distribution fixed(double v) { return {Kind::kFixed, v, 0}; }
  static Distribution normal(double mean, double sd, double lo = -kInf, double hi = kInf) {
    return {Kind::kNormal, mean, sd, lo, hi};
  }
  static Distribution lognormal(double median, double sigma, double lo = -kInf, double hi = kInf) {
    return {Kind::kLognormal, median, sigma, lo, hi};
  }
  static Distribution uniform(double from, double to) { return {Kind::kUniform, from, to}; }

  double draw(Rng& rng) const;
  // The distribution's centre before truncation (mean, median for lognormal).
  double center() const;

  template <class Ar> void serialize(Ar& ar, unsigned) { ar & kind & a & b & lo & hi; }

 private:
  static constexpr double kInf = std::numeric_limits<double>::infinity();
};

}  // namespace preseason
