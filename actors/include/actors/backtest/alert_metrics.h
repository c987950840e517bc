// How well an alert rule anticipates injuries, accumulated athlete by athlete: alert-day
// precision over labelled days, injury recall within the horizon, and lead times.
// Definitions in docs/backtest.md.
#pragma once

#include <cstddef>
#include <vector>

#include "actors/backtest/horizon_labels.h"

namespace preseason {

struct AlertMetrics {
  std::size_t labelled_days = 0;
  std::size_t alerts = 0;           // labelled days on which the rule held
  std::size_t true_alerts = 0;      // of those, positive days
  std::size_t injuries = 0;         // recorded injuries, evaluable or not
  std::size_t evaluable = 0;        // injuries with a feature day in their horizon
  std::size_t detected = 0;         // evaluable injuries with an alert in their horizon
  std::vector<int> lead_days;       // per detected injury: injury day - first alert day

  // NaN when there is nothing to divide by.
  double precision() const;
  double recall() const;
  double median_lead() const;
  double mean_lead() const;
};

class AlertTally {
 public:
  // `days` ascending (one athlete's feature days), `alert[k]` whether the rule held on days[k].
  void add(const HorizonLabels& labels, const std::vector<Day>& days, const std::vector<bool>& alert);
  // An athlete with injuries but no feature day: its injuries count, none is evaluable.
  void add_unobserved(std::size_t injuries) { m_.injuries += injuries; }
  const AlertMetrics& metrics() const { return m_; }

 private:
  AlertMetrics m_;
};

}  // namespace preseason
