#include "scenarios/interval.h"

#include <boost/math/distributions/students_t.hpp>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace preseason {

Interval mean_interval(const std::vector<double>& values, double level) {
  Interval r;
  r.n = values.size();
  const double nan = std::numeric_limits<double>::quiet_NaN();
  if (values.empty()) return {nan, nan, nan, 0};
  double sum = 0;
  for (double v : values) sum += v;
  r.mean = sum / static_cast<double>(r.n);
  if (r.n < 2) {
    r.low = r.high = nan;
    return r;
  }
  double ss = 0;
  for (double v : values) ss += (v - r.mean) * (v - r.mean);
  const double se = std::sqrt(ss / static_cast<double>(r.n - 1) / static_cast<double>(r.n));
  const boost::math::students_t t(static_cast<double>(r.n - 1));
  const double half = boost::math::quantile(boost::math::complement(t, (1 - level) / 2)) * se;
  r.low = r.mean - half;
  r.high = r.mean + half;
  return r;
}

std::vector<double> paired_differences(const std::vector<double>& a, const std::vector<double>& b) {
  if (a.size() != b.size()) throw std::invalid_argument("paired differences need equal numbers of replicates");
  std::vector<double> d(a.size());
  for (std::size_t i = 0; i < a.size(); ++i) d[i] = b[i] - a[i];
  return d;
}

}  // namespace preseason
