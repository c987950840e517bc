#include "actors/predictor/history_part.h"

#include <cmath>

#include "actors/backtest/horizon_labels.h"

namespace preseason {

std::vector<double> part_labels(const AthleteHistory& history, const HistoryPart& part, int horizon) {
  const HorizonLabels labels(history.events, horizon, part.last_observed);
  std::vector<double> out(part.end, std::nan(""));
  for (std::size_t k = part.labels_begin; k < part.end; ++k) {
    const Day t = history.records[k].day;
    if (labels.labelled(t)) out[k] = labels.positive(t) ? 1.0 : 0.0;
  }
  return out;
}

std::vector<HistoryPart> whole_histories(const std::vector<AthleteHistory>& histories) {
  std::vector<HistoryPart> parts;
  for (std::size_t h = 0; h < histories.size(); ++h) {
    const auto& r = histories[h].records;
    if (!r.empty()) parts.push_back({h, 0, r.size(), r.back().day});
  }
  return parts;
}

}  // namespace preseason
