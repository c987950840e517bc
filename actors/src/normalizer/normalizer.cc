#include "actors/normalizer/normalizer.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "actors/normalizer/robust_baseline.h"

namespace preseason {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr Time kNoReading = std::numeric_limits<Time>::min();

// Streams grow a day at a time: appending stays inline where resize would not.
template <class T> void grow(std::vector<T>& v, std::size_t n, T fill) {
  while (v.size() < n) v.push_back(fill);
}

}  // namespace

void Normalizer::set_mapping(const VendorMapping& mapping) {
  mapping_ = &mapping;
  for (auto& [key, s] : streams_) s.spec = nullptr;
}

const MetricSpec* Normalizer::spec_of(const Key& key, const Stream& s) const {
  if (!s.spec) s.spec = mapping_->metric(key.metric);
  return s.spec;
}

Normalizer::StreamRef Normalizer::stream_ref(const std::string& athlete, const std::string& vendor,
                                             const std::string& field) {
  StreamRef ref;
  ref.field_ = mapping_->field(vendor, field);
  if (!ref.field_) return ref;
  ref.key_ = Key{athlete, vendor, ref.field_->metric};
  const auto it = streams_.find(ref.key_);
  if (it != streams_.end()) ref.stream_ = &it->second;
  return ref;
}

IngestResult Normalizer::ingest(const VendorReading& r) {
  StreamRef ref = stream_ref(r.athlete, r.vendor, r.field);
  return ingest(ref, r.measured, r.value);
}

IngestResult Normalizer::ingest(StreamRef& ref, Time measured, double value) {
  IngestResult res;
  const FieldSpec* f = ref.field_;
  if (!f) {
    ++counts_.unmapped;
    return res;
  }
  res.metric = f->metric;
  res.day = day_of(measured);
  if (!std::isfinite(value) || !f->valid(value)) {
    ++counts_.out_of_range;
    res.status = ReadingStatus::kOutOfRange;
    return res;
  }
  const double v = f->canonical(value);
  // A stream exists from its first valid reading on, so a ref creates it only then.
  if (!ref.stream_) ref.stream_ = &streams_.try_emplace(ref.key_).first->second;
  Stream& s = *ref.stream_;
  if (s.value.empty()) {
    s.first = res.day;
    s.latest = measured;
  } else if (res.day < s.first) {
    const auto shift = static_cast<std::size_t>(s.first - res.day);
    s.value.insert(s.value.begin(), shift, kNaN);
    s.measured.insert(s.measured.begin(), shift, kNoReading);
    s.z.insert(s.z.begin(), shift, kNaN);
    s.first = res.day;
    s.baseline.clear();
  }
  const auto i = static_cast<std::size_t>(res.day - s.first);
  if (i >= s.value.size()) {
    grow(s.value, i + 1, kNaN);
    grow(s.measured, i + 1, kNoReading);
    grow(s.z, i + 1, kNaN);
  }
  if (s.measured[i] == measured) {
    res.status = ReadingStatus::kDuplicate;
    ++counts_.duplicates;
  } else if (measured < s.latest) {
    res.status = ReadingStatus::kLate;
    ++counts_.late;
  } else {
    res.status = ReadingStatus::kAccepted;
    ++counts_.accepted;
  }
  s.latest = std::max(s.latest, measured);
  // The day's latest measurement represents the day; an older one changes nothing.
  if (measured < s.measured[i] || (measured == s.measured[i] && s.value[i] == v)) return res;
  s.value[i] = v;
  s.baseline.changed(i);
  s.measured[i] = measured;
  const std::size_t to = std::min(s.value.size() - 1, i + static_cast<std::size_t>(config_.days));
  rescore(s, i, to);
  res.recomputed_to = s.first + static_cast<Day>(to);
  return res;
}

void Normalizer::rescore(Stream& s, std::size_t from, std::size_t to) const {
  const auto days = static_cast<std::size_t>(config_.days);
  for (std::size_t j = from; j <= to; ++j)
    s.z[j] = robust_z(s.value[j], robust_baseline_sorted(s.baseline.at(s.value, j, days)), config_.min_count);
}

const Normalizer::Stream* Normalizer::find(const std::string& athlete, const std::string& vendor,
                                           const std::string& metric) const {
  const auto it = streams_.find(Key{athlete, vendor, metric});
  return it == streams_.end() ? nullptr : &it->second;
}

namespace {

double at(const std::vector<double>& v, Day first, Day d) {
  if (d < first || d - first >= static_cast<Day>(v.size())) return kNaN;
  return v[static_cast<std::size_t>(d - first)];
}

}  // namespace

double Normalizer::value(const std::string& athlete, const std::string& vendor, const std::string& metric,
                         Day d) const {
  const Stream* s = find(athlete, vendor, metric);
  return s ? at(s->value, s->first, d) : kNaN;
}

double Normalizer::z(const std::string& athlete, const std::string& vendor, const std::string& metric, Day d) const {
  const Stream* s = find(athlete, vendor, metric);
  return s ? at(s->z, s->first, d) : kNaN;
}

double Normalizer::fused_z(const std::string& athlete, const std::string& group, Day d) const {
  double sum = 0;
  int n = 0;
  for (auto it = streams_.lower_bound(Key{athlete, {}, {}}); it != streams_.end() && it->first.athlete == athlete;
       ++it) {
    const MetricSpec* m = spec_of(it->first, it->second);
    if (!m || m->fuse != group) continue;
    const double z = at(it->second.z, it->second.first, d);
    if (std::isnan(z)) continue;
    sum += z;
    ++n;
  }
  return n ? sum / n : kNaN;
}

std::uint64_t Normalizer::missing_days(const std::string& athlete, const std::string& vendor,
                                       const std::string& metric) const {
  const Stream* s = find(athlete, vendor, metric);
  if (!s) return 0;
  return static_cast<std::uint64_t>(std::count_if(s->value.begin(), s->value.end(), [](double v) { return std::isnan(v); }));
}

}  // namespace preseason
