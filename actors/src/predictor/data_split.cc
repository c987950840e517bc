#include "actors/predictor/data_split.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <stdexcept>

namespace preseason {
namespace {

// splitmix64's finaliser over FNV-1a of the id: stable across platforms and builds,
// unlike std::hash, so the same seed holds out the same athletes everywhere.
std::uint64_t id_hash(const std::string& id, std::uint64_t seed) {
  std::uint64_t h = 1469598103934665603ull;
  for (unsigned char c : id) h = (h ^ c) * 1099511628211ull;
  std::uint64_t z = h + seed * 0x9e3779b97f4a7c15ull;
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  return z ^ (z >> 31);
}

bool has_label(const std::vector<double>& labels) {
  return std::any_of(labels.begin(), labels.end(), [](double y) { return !std::isnan(y); });
}

}  // namespace

std::set<std::string> held_out_athletes(const std::set<std::string>& ids, double fraction, std::uint64_t seed) {
  if (!(fraction >= 0 && fraction < 1)) throw std::invalid_argument("the held-out fraction must be in [0, 1)");
  if (fraction == 0 || ids.size() < 2) return {};
  std::vector<std::pair<std::uint64_t, std::string>> ranked;
  for (const std::string& id : ids) ranked.emplace_back(id_hash(id, seed), id);
  std::sort(ranked.begin(), ranked.end());
  const auto n = static_cast<std::size_t>(std::lround(fraction * static_cast<double>(ids.size())));
  const std::size_t k = std::clamp<std::size_t>(n, 1, ids.size() - 1);
  std::set<std::string> out;
  for (std::size_t i = 0; i < k; ++i) out.insert(ranked[i].second);
  return out;
}

DataSplit split_histories(const std::vector<AthleteHistory>& histories, const SplitConfig& config) {
  if (!(config.validation_fraction > 0 && config.validation_fraction < 1)) {
    throw std::invalid_argument("the validation fraction must be in (0, 1)");
  }
  std::set<std::string> ids;
  for (const AthleteHistory& h : histories)
    if (!h.records.empty()) ids.insert(h.athlete);
  const std::set<std::string> held_out = held_out_athletes(ids, config.held_out_fraction, config.seed);
  DataSplit split;
  for (const std::string& id : ids) (held_out.count(id) ? split.held_out_athletes : split.training_athletes).push_back(id);

  // The cut of each recording: the calendar span of its training athletes, in order of first appearance.
  std::map<std::string, std::pair<Day, Day>> span;
  for (const AthleteHistory& h : histories) {
    if (h.records.empty() || held_out.count(h.athlete)) continue;
    auto [it, fresh] = span.try_emplace(h.recording, h.records.front().day, h.records.back().day);
    if (!fresh) {
      it->second.first = std::min(it->second.first, h.records.front().day);
      it->second.second = std::max(it->second.second, h.records.back().day);
    } else {
      split.cuts.push_back({h.recording, 0});
    }
  }
  for (RecordingCut& c : split.cuts) {
    const auto [first, last] = span[c.recording];
    c.first_validation_day =
        first + static_cast<Day>(std::floor((1 - config.validation_fraction) * static_cast<double>(last - first + 1)));
  }
  auto cut_of = [&](const std::string& recording) {
    for (const RecordingCut& c : split.cuts)
      if (c.recording == recording) return c.first_validation_day;
    return std::numeric_limits<Day>::max();
  };

  for (std::size_t i = 0; i < histories.size(); ++i) {
    const AthleteHistory& h = histories[i];
    if (h.records.empty()) continue;
    const Day last = h.records.back().day;
    if (held_out.count(h.athlete)) {
      split.test.push_back({i, 0, h.records.size(), last});
      continue;
    }
    const Day cut = cut_of(h.recording);
    const auto boundary = std::lower_bound(h.records.begin(), h.records.end(), cut,
                                           [](const FeatureRecord& r, Day d) { return r.day < d; });
    const auto n_fit = static_cast<std::size_t>(boundary - h.records.begin());
    // Fitting ends the day before the cut: a fitting label never looks into validation days.
    const HistoryPart fit{i, 0, n_fit, std::min(last, cut - 1)};
    const HistoryPart validation{i, n_fit, h.records.size(), last};
    if (has_label(part_labels(h, fit, config.horizon))) split.fit.push_back(fit);
    if (has_label(part_labels(h, validation, config.horizon))) split.validation.push_back(validation);
  }
  if (split.fit.empty()) throw std::invalid_argument("no labelled day to fit on: the training data is too short");
  if (split.validation.empty()) {
    throw std::invalid_argument("no labelled day to validate on: lower --validation-fraction or give more data");
  }
  return split;
}

}  // namespace preseason
