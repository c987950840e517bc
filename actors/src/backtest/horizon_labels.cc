#include "actors/backtest/horizon_labels.h"

#include <algorithm>
#include <stdexcept>

namespace preseason {

HorizonLabels::HorizonLabels(std::vector<Day> injury_days, int horizon, Day last_observed)
    : injuries_(std::move(injury_days)), horizon_(horizon), last_observed_(last_observed) {
  if (horizon < 1) throw std::invalid_argument("horizon must be at least 1 day");
  std::sort(injuries_.begin(), injuries_.end());
}

bool HorizonLabels::positive(Day t) const {
  const auto next = std::upper_bound(injuries_.begin(), injuries_.end(), t);
  return next != injuries_.end() && *next <= t + horizon_;
}

}  // namespace preseason
