#include "actors/backtest/bootstrap_interval.h"

#include <algorithm>
#include <cmath>

#include "actors/backtest/sorted_quantile.h"
#include "engine/random.h"

namespace preseason {
namespace {

std::vector<ScoredDay> pooled(const std::vector<std::vector<ScoredDay>>& athletes, const std::vector<std::size_t>& pick) {
  std::vector<ScoredDay> days;
  for (std::size_t a : pick) days.insert(days.end(), athletes[a].begin(), athletes[a].end());
  return days;
}

}  // namespace

Interval bootstrap_interval(const std::vector<std::vector<ScoredDay>>& athletes, const DayMetric& metric,
                            int replicates, std::uint64_t seed, double level) {
  std::vector<std::size_t> all(athletes.size());
  for (std::size_t a = 0; a < all.size(); ++a) all[a] = a;
  Interval r;
  r.estimate = metric(pooled(athletes, all));
  std::vector<double> values;
  Rng rng(seed, 0, 0);
  std::vector<std::size_t> pick(athletes.size());
  for (int b = 0; b < replicates && !athletes.empty(); ++b) {
    for (std::size_t& a : pick) a = rng.below(athletes.size());
    const double v = metric(pooled(athletes, pick));
    if (!std::isnan(v)) values.push_back(v);
  }
  r.replicates = static_cast<int>(values.size());
  if (values.empty()) {
    r.lower = r.upper = std::nan("");
    return r;
  }
  std::sort(values.begin(), values.end());
  r.lower = sorted_quantile(values, (1 - level) / 2);
  r.upper = sorted_quantile(values, (1 + level) / 2);
  return r;
}

}  // namespace preseason
