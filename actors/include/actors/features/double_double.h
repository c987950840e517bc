// Double-double numbers (hi + lo, about 106 bits) built from error-free transformations.
// Running window sums kept as prefix sums in this form stay exact enough that a window's
// sum of squared deviations does not lose digits to cancellation, however long the season.
#pragma once

#include <cmath>

namespace preseason {

struct DoubleDouble {
  double hi = 0;
  double lo = 0;

  template <class Ar> void serialize(Ar& ar, unsigned) { ar & hi & lo; }
};

namespace dd {

// Knuth's TwoSum: s + e == a + b exactly.
inline DoubleDouble two_sum(double a, double b) {
  const double s = a + b;
  const double bb = s - a;
  return {s, (a - (s - bb)) + (b - bb)};
}

inline DoubleDouble normalize(double hi, double lo) {
  const double s = hi + lo;
  return {s, lo - (s - hi)};
}

inline DoubleDouble add(DoubleDouble a, DoubleDouble b) {
  const DoubleDouble s = two_sum(a.hi, b.hi);
  const DoubleDouble t = two_sum(a.lo, b.lo);
  const DoubleDouble u = normalize(s.hi, s.lo + t.hi);
  return normalize(u.hi, u.lo + t.lo);
}

inline DoubleDouble neg(DoubleDouble a) { return {-a.hi, -a.lo}; }
inline DoubleDouble sub(DoubleDouble a, DoubleDouble b) { return add(a, neg(b)); }

// x·x exactly, thanks to the fused multiply-add.
inline DoubleDouble square(double x) {
  const double p = x * x;
  return {p, std::fma(x, x, -p)};
}

inline DoubleDouble mul(DoubleDouble a, DoubleDouble b) {
  const double p = a.hi * b.hi;
  const double e = std::fma(a.hi, b.hi, -p) + (a.hi * b.lo + a.lo * b.hi);
  return normalize(p, e);
}

inline DoubleDouble div(DoubleDouble a, double n) {
  const double q1 = a.hi / n;
  const double r = std::fma(-q1, n, a.hi) + a.lo;
  return normalize(q1, r / n);
}

inline double value(DoubleDouble a) { return a.hi + a.lo; }

}  // namespace dd
}  // namespace preseason
