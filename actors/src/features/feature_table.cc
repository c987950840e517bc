#include "actors/features/feature_table.h"

#include <algorithm>
#include <unordered_map>

namespace preseason {

FeatureTable compute_features(const std::vector<DailyInput>& rows, const FeatureConfig& config) {
  std::unordered_map<std::string, std::size_t> slot;
  std::vector<std::vector<std::size_t>> by_athlete;
  FeatureTable table;
  for (std::size_t r = 0; r < rows.size(); ++r) {
    auto [it, fresh] = slot.emplace(rows[r].athlete, by_athlete.size());
    if (fresh) {
      by_athlete.emplace_back();
      table.athletes.push_back({rows[r].athlete, {}});
    }
    by_athlete[it->second].push_back(r);
  }
  // Feeding each athlete in date order makes every update an append, so the batch
  // costs one computation per day however late the rows arrived in the table.
  for (std::size_t a = 0; a < by_athlete.size(); ++a) {
    auto& idx = by_athlete[a];
    Day latest = rows[idx.front()].day;
    for (std::size_t r : idx) {
      if (rows[r].day < latest) ++table.counts.late;
      latest = std::max(latest, rows[r].day);
    }
    std::stable_sort(idx.begin(), idx.end(), [&](std::size_t x, std::size_t y) { return rows[x].day < rows[y].day; });
    AthleteFeatures features(config);
    features.reserve(static_cast<std::size_t>(rows[idx.back()].day - rows[idx.front()].day + 1));
    std::vector<const DailyInput*> days;
    days.reserve(idx.size());
    for (std::size_t r : idx) days.push_back(&rows[r]);
    features.update(days);
    const FeatureCounts& c = features.counts();
    table.counts.days_fed += c.days_fed;
    table.counts.duplicates += c.duplicates;
    table.counts.gap_days += c.gap_days;
    table.athletes[a].records = std::move(features).records();
  }
  return table;
}

}  // namespace preseason
