#include "actors/backtest/alert_metrics.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace preseason {

namespace {

double ratio(std::size_t a, std::size_t b) { return b == 0 ? std::nan("") : static_cast<double>(a) / b; }

}  // namespace

double AlertMetrics::precision() const { return ratio(true_alerts, alerts); }
double AlertMetrics::recall() const { return ratio(detected, evaluable); }

double AlertMetrics::mean_lead() const {
  if (lead_days.empty()) return std::nan("");
  return std::accumulate(lead_days.begin(), lead_days.end(), 0.0) / lead_days.size();
}

double AlertMetrics::median_lead() const {
  if (lead_days.empty()) return std::nan("");
  std::vector<int> v = lead_days;
  std::sort(v.begin(), v.end());
  const std::size_t n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

void AlertTally::add(const HorizonLabels& labels, const std::vector<Day>& days, const std::vector<bool>& alert) {
  for (std::size_t k = 0; k < days.size(); ++k) {
    if (!labels.labelled(days[k])) continue;
    ++m_.labelled_days;
    if (!alert[k]) continue;
    ++m_.alerts;
    if (labels.positive(days[k])) ++m_.true_alerts;
  }
  // Recall needs no negative label, so alerts on censored days still detect an injury.
  for (Day injury : labels.injuries()) {
    ++m_.injuries;
    const auto from = std::lower_bound(days.begin(), days.end(), injury - labels.horizon());
    const auto to = std::lower_bound(days.begin(), days.end(), injury);
    if (from == to) continue;
    ++m_.evaluable;
    for (auto d = from; d != to; ++d) {
      if (!alert[d - days.begin()]) continue;
      ++m_.detected;
      m_.lead_days.push_back(static_cast<int>(injury - *d));
      break;
    }
  }
}

}  // namespace preseason
