#include "actors/season/feature_rows.h"

#include <algorithm>

#include "actors/features/feature_id.h"
#include "actors/season/fused_scores.h"

namespace preseason::season {

namespace {

std::string column_name(std::uint32_t channel) {
  if (channel < kFeatureCount) return std::string(feature_name(static_cast<Feature>(channel)));
  return fused_column(channel - kFeatureCount);
}

}  // namespace

bool FeatureRows::fits(const SampleBatch& batch) const {
  if (times_.empty()) return true;
  return std::equal(batch.begin(), batch.end(), channels_.begin(), channels_.end(),
                    [](const Sample& s, std::uint32_t c) { return s.channel == c; });
}

void FeatureRows::add(Time time, Day date, bool recomputed, const SampleBatch& batch) {
  if (times_.empty()) {
    channels_.clear();
    for (const Sample& s : batch) channels_.push_back(s.channel);
  }
  times_.push_back(time);
  dates_.push_back(date);
  recomputed_.push_back(recomputed ? 1 : 0);
  for (const Sample& s : batch) values_.push_back(s.value);
}

void FeatureRows::append_to(EventTable& table) const {
  if (times_.empty()) return;
  auto& times = table.column<std::int64_t>("time");
  times.insert(times.end(), times_.begin(), times_.end());
  auto& dates = table.column<std::string>("date");
  for (Day d : dates_) dates.push_back(format_date(d));
  auto& recomputed = table.column<std::int64_t>("recomputed");
  recomputed.insert(recomputed.end(), recomputed_.begin(), recomputed_.end());
  const std::size_t width = channels_.size();
  for (std::size_t k = 0; k < width; ++k) {
    auto& column = table.column<double>(column_name(channels_[k]));
    column.reserve(column.size() + times_.size());
    for (std::size_t row = 0; row < times_.size(); ++row) column.push_back(values_[row * width + k]);
  }
}

void FeatureRows::clear() {
  times_.clear();
  dates_.clear();
  recomputed_.clear();
  values_.clear();
}

}  // namespace preseason::season
