#include "actors/features/athlete_features.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

namespace preseason {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kAcuteLambda = 2.0 / (7 + 1);
constexpr double kChronicLambda = 2.0 / (28 + 1);
constexpr int kHrvShort = 7;
constexpr int kHrvShortMin = 3;
constexpr int kHrvLong = 60;
constexpr int kHrvLongMin = 20;
constexpr double kSwcFraction = 0.5;

std::array<double, kInputCount> unreported() {
  std::array<double, kInputCount> row;
  row.fill(kNaN);
  return row;
}

}  // namespace

std::size_t AthleteFeatures::kept_days(const FeatureConfig& config, std::size_t late_days) {
  if (late_days == kAnyDay) return DayRing<Row>::kEveryDay;
  const auto reach = static_cast<std::size_t>(std::max(kHrvLong, config.baseline_days + 1));
  return late_days + reach + 1;
}

// An update recomputes from its earliest day on, reading each recomputed day's windows
// back `reach` prefixes and the record before it; the check is on days, before any change.
void AthleteFeatures::require_kept(Day lo, Day hi) const {
  if (late_days_ == kAnyDay || empty()) return;
  const Day latest = std::max(last_day(), hi);
  const Day from = std::min(lo, last_day() + 1);
  const Day earliest_kept = latest + 2 - static_cast<Day>(kept_days(config_, late_days_));
  if (from < latest - static_cast<Day>(late_days_) && earliest_kept > std::min(first_, lo))
    throw std::out_of_range("features: an update from " + format_date(from) + " reaches more than " +
                            std::to_string(late_days_) + " days before " + format_date(latest) +
                            ", further back than the days kept");
}

void AthleteFeatures::reserve(std::size_t days) {
  raw_.reserve(days);
  windows_.reserve(days);
  rest_days_.reserve(days + 1);
  records_.reserve(days);
}

void AthleteFeatures::grow_to(std::size_t n) {
  raw_.grow(n, unreported());
  records_.grow(n, FeatureRecord{});
}

AthleteFeatures::InputSeries AthleteFeatures::input_series(std::size_t from) const {
  InputSeries series;
  for (std::size_t k = 0; k < kInputCount; ++k) {
    series[k].reserve(raw_.size() - from);
    for (std::size_t i = from; i < raw_.size(); ++i) series[k].push_back(raw_[i][k]);
  }
  return series;
}

void AthleteFeatures::restore(std::size_t days, std::size_t kept, const InputSeries& series,
                              const std::vector<FeatureRecord>& records, const std::vector<WindowTable::Prefix>& prefixes,
                              std::int32_t rest_days) {
  const FeatureConfig config = config_;
  const std::size_t late_days = late_days_;
  const Day first = first_;
  const FeatureCounts counts = counts_;
  *this = AthleteFeatures(config, late_days);
  first_ = first;
  counts_ = counts;
  grow_to(days);
  if (days == 0) return;
  windows_.resize(days);
  if (kept != windows_.first_kept() || records.size() != days - kept || prefixes.size() != kInputCount)
    throw std::runtime_error("features: a checkpoint's kept days do not match its history");
  for (std::size_t i = kept; i < days; ++i) {
    for (std::size_t k = 0; k < kInputCount; ++k) raw_[i][k] = series[k].at(i - kept);
    records_[i] = records[i - kept];
  }
  windows_.set_prefixes(kept, prefixes);
  rest_days_.grow(days + 1, 0);
  rest_days_[kept] = rest_days;
  rebuild_windows(kept);
}

std::size_t AthleteFeatures::merge(const DailyInput& in, bool& late) {
  ++counts_.days_fed;
  const std::size_t old = records_.size();
  std::size_t from = old;
  late = false;
  if (old == 0) {
    first_ = in.day;
  } else if (in.day < first_) {
    const auto shift = static_cast<std::size_t>(first_ - in.day);
    raw_.prepend(shift, unreported());
    records_.prepend(shift, FeatureRecord{});
    counts_.gap_days += shift - 1;
    first_ = in.day;
    from = 0;
    late = true;
  }
  const auto i = static_cast<std::size_t>(in.day - first_);
  if (i >= records_.size()) {
    counts_.gap_days += i - records_.size();
    grow_to(i + 1);
  } else if (i + 1 < records_.size()) {
    late = true;
  }
  bool changed = false, repeated = false;
  for (std::size_t k = 0; k < kInputCount; ++k) {
    const double v = in.values[k];
    if (std::isnan(v)) continue;
    double& cur = raw_[i][k];
    if (!std::isnan(cur)) repeated = true;
    if (cur != v) {
      cur = v;
      changed = true;
    }
  }
  if (repeated) ++counts_.duplicates;
  if (changed) from = std::min(from, i);
  if (late && from < records_.size()) ++counts_.late;
  return from;
}

FeatureUpdate AthleteFeatures::update(const DailyInput& in) {
  require_kept(in.day, in.day);
  bool late = false;
  const std::size_t from = merge(in, late);
  return settle(from, late);
}

// Indices returned by merge() stay valid across later merges: a merge that prepends days
// returns 0, so the minimum is the earliest changed day either way.
FeatureUpdate AthleteFeatures::update(const std::vector<const DailyInput*>& days) {
  if (days.empty()) return {};
  const auto [lo, hi] = std::minmax_element(days.begin(), days.end(), [](auto a, auto b) { return a->day < b->day; });
  require_kept((*lo)->day, (*hi)->day);
  std::size_t from = records_.size();
  bool any_late = false;
  for (const DailyInput* in : days) {
    bool late = false;
    from = std::min(from, merge(*in, late));
    any_late |= late;
  }
  return settle(from, any_late);
}

FeatureUpdate AthleteFeatures::settle(std::size_t from, bool late) {
  FeatureUpdate u;
  if (from >= records_.size()) return u;
  recompute(from);
  u.from = first_ + static_cast<Day>(from);
  u.to = last_day();
  u.late = late;
  return u;
}

const FeatureRecord& AthleteFeatures::add(const DailyInput& in) {
  update(in);
  return at(in.day);
}

// Days mostly come one at a time, the next after the rest of the athlete's day has run:
// asking for its window starts now overlaps their misses with that work. In a large squad
// they are misses, since a day's windows start 6 to 59 days back, in rows last touched weeks
// of other athletes ago.
void AthleteFeatures::recompute(std::size_t from) {
  rebuild_windows(from);
  for (std::size_t j = from; j < records_.size(); ++j) compute(j);
  prefetch_day(records_.size());
}

void AthleteFeatures::warm() const {
  const std::size_t i = records_.size();
  if (i == 0) return;
  prefetch_day(i);
  windows_.prefetch(i, 0, kInputCount);
  rest_days_.prefetch(i);
  raw_.prefetch(i - 1);
  records_.prefetch(i - 1);
}

// The window starts compute(i) reads, series by series; the rows it ends on are the ones
// the days before it have just written.
void AthleteFeatures::prefetch_day(std::size_t i) const {
  const auto window = [this, i](std::size_t w, Input first, std::size_t count) {
    if (i + 1 >= w) windows_.prefetch(i + 1 - w, index(first), count);
  };
  window(7, Input::kLoad, 3);
  window(28, Input::kLoad, 1);
  window(kHrvLong, Input::kLnRmssd, 1);
  window(static_cast<std::size_t>(config_.baseline_days) + 1, kFirstWellness, kWellnessItems + kSecondaryCount);
  for (std::size_t w : {7, 28, 42})
    if (i + 1 >= w) rest_days_.prefetch(i + 1 - w);
}

void AthleteFeatures::rebuild_windows(std::size_t from) {
  const std::size_t n = raw_.size();
  const auto& x = raw_;
  rest_days_.grow(n + 1, 0);
  constexpr std::size_t load = index(Input::kLoad);
  for (std::size_t j = from; j < n; ++j) rest_days_[j + 1] = rest_days_[j] + (std::isnan(x[j][load]) ? 1 : 0);
  windows_.resize(n);
  windows_.rebuild(load, from, [&x](std::size_t j) { return std::isnan(x[j][load]) ? 0.0 : x[j][load]; });
  constexpr std::size_t sleep = index(Input::kSleepH);
  const double need = config_.sleep_need_h;
  windows_.rebuild(sleep, from, [&x, need](std::size_t j) {
    return std::isnan(x[j][sleep]) ? x[j][sleep] : std::max(0.0, need - x[j][sleep]);
  });
  for (std::size_t k = 0; k < kInputCount; ++k)
    if (k != load && k != sleep) windows_.rebuild(k, from, [&x, k](std::size_t j) { return x[j][k]; });
}

// Every series but load's keeps unreported days as NaN, so its count says what was reported.
int AthleteFeatures::not_measured(Input k, std::size_t a, std::size_t b) const {
  if (k == Input::kLoad) return rest_days_[b + 1] - rest_days_[a];
  return static_cast<int>(b + 1 - a) - windows_.count(index(k), a, b + 1);
}

void AthleteFeatures::compute(std::size_t i) {
  FeatureRecord& r = records_[i];
  const FeatureRecord* prev = i > 0 ? &records_[i - 1] : nullptr;
  r.day = first_ + static_cast<Day>(i);
  r.active_secondary = 0;
  for (std::size_t k = 0; k < kInputCount; ++k) {
    r.inputs[k] = raw_[i][k];
    r.input_quality[k] = std::isnan(raw_[i][k]) ? Quality::kMissing : Quality::kMeasured;
  }
  if (std::isnan(r.inputs[index(Input::kLoad)])) {
    r.inputs[index(Input::kLoad)] = 0.0;
    r.input_quality[index(Input::kLoad)] = Quality::kImputed;
  }
  // Window [t-w+1, t], clipped to the athlete's first day.
  const auto start = [i](std::size_t w) { return i + 1 >= w ? i + 1 - w : 0; };
  const auto window_quality = [&](Input k, std::size_t w) {
    return not_measured(k, start(w), i) > 0 ? Quality::kImputed : Quality::kMeasured;
  };
  const auto set = [&r](Feature f, double v, Quality q) {
    r.values[index(f)] = v;
    r.quality[index(f)] = std::isnan(v) ? Quality::kMissing : q;
  };
  const auto ratio = [](double a, double b) { return b != 0 ? a / b : kNaN; };

  // Load: EWMAs start at the first day's load, Banister-style CTL/ATL start at 0.
  const double x = r.inputs[index(Input::kLoad)];
  const Quality q7 = window_quality(Input::kLoad, 7), q28 = window_quality(Input::kLoad, 28),
                q42 = window_quality(Input::kLoad, 42);
  const double acute = prev ? (*prev)[Feature::kEwmaAcute] + kAcuteLambda * (x - (*prev)[Feature::kEwmaAcute]) : x;
  const double chronic =
      prev ? (*prev)[Feature::kEwmaChronic] + kChronicLambda * (x - (*prev)[Feature::kEwmaChronic]) : x;
  set(Feature::kEwmaAcute, acute, q7);
  set(Feature::kEwmaChronic, chronic, q28);
  set(Feature::kAcwrEwma, ratio(acute, chronic), q28);
  const double ctl_prev = prev ? (*prev)[Feature::kCtl] : 0.0, atl_prev = prev ? (*prev)[Feature::kAtl] : 0.0;
  set(Feature::kCtl, ctl_prev + (1 - std::exp(-1.0 / 42)) * (x - ctl_prev), q42);
  set(Feature::kAtl, atl_prev + (1 - std::exp(-1.0 / 7)) * (x - atl_prev), q7);
  set(Feature::kTsb, ctl_prev - atl_prev, q42);

  constexpr std::size_t loads = index(Input::kLoad);
  const double sum7 = windows_.sum(loads, start(7), i + 1);
  double coupled = kNaN, uncoupled = kNaN;
  if (i >= 27) {
    const double sum21 = windows_.sum(loads, i - 27, i - 6);
    coupled = ratio(sum7 / 7, (sum7 + sum21) / 28);
    uncoupled = ratio(sum7 / 7, sum21 / 21);
  }
  set(Feature::kAcwrCoupled, coupled, q28);
  set(Feature::kAcwrUncoupled, uncoupled, q28);
  double monotony = kNaN, strain = kNaN;
  if (i >= 6) {
    const WindowStats w = windows_.stats(loads, i - 6, i + 1);
    if (w.sd > 0) {
      monotony = w.mean / w.sd;
      strain = sum7 * monotony;
    }
  }
  set(Feature::kMonotony, monotony, q7);
  set(Feature::kStrain, strain, q7);

  // HRV: 7-day mean against the 60-day baseline and its smallest worthwhile change.
  constexpr std::size_t hrv = index(Input::kLnRmssd);
  const WindowStats h7 = windows_.stats(hrv, start(kHrvShort), i + 1);
  const WindowStats h60 = windows_.stats(hrv, start(kHrvLong), i + 1);
  const double hrv7 = h7.count >= kHrvShortMin ? h7.mean : kNaN;
  const double base = h60.count >= kHrvLongMin ? h60.mean : kNaN;
  const double sd = h60.count >= kHrvLongMin ? h60.sd : kNaN;
  const Quality qh7 = window_quality(Input::kLnRmssd, kHrvShort), qh60 = window_quality(Input::kLnRmssd, kHrvLong);
  set(Feature::kHrv7, hrv7, qh7);
  set(Feature::kHrvBase60, base, qh60);
  set(Feature::kHrvSd60, sd, qh60);
  set(Feature::kHrvZ, ratio(hrv7 - base, sd), qh60);
  const bool swc_known = !std::isnan(hrv7) && !std::isnan(base) && !std::isnan(sd);
  set(Feature::kHrvBelowSwc, swc_known ? (hrv7 < base - kSwcFraction * sd ? 1.0 : 0.0) : kNaN, qh60);

  constexpr std::size_t deficit = index(Input::kSleepH);
  const bool nights = windows_.count(deficit, start(7), i + 1) > 0;
  set(Feature::kSleepDebt7, nights ? windows_.sum(deficit, start(7), i + 1) : kNaN, window_quality(Input::kSleepH, 7));

  // Wellness items and secondary signals: z against the previous baseline_days days.
  const auto days = static_cast<std::size_t>(config_.baseline_days);
  const auto zscore = [&](Input k, Feature f) {
    const double v = raw_[i][index(k)];
    const WindowStats b = std::isnan(v) || i == 0 ? WindowStats{} : windows_.stats(index(k), i >= days ? i - days : 0, i);
    const bool baseline = !std::isnan(v) && b.count >= config_.baseline_min;
    set(f, baseline ? ratio(v - b.mean, b.sd) : kNaN, window_quality(k, days + 1));
    return baseline && std::abs(v - b.mean) > config_.secondary_band * b.sd;
  };
  double wellness = 0;
  Quality wq = Quality::kMeasured;
  for (std::size_t w = 0; w < kWellnessItems; ++w) {
    const auto f = static_cast<Feature>(index(kFirstWellnessZ) + w);
    zscore(static_cast<Input>(index(kFirstWellness) + w), f);
    wellness += r[f];
    wq = std::max(wq, r.quality_of(f));
  }
  set(Feature::kWellnessZSum, wellness, wq);
  for (std::size_t s = 0; s < kSecondaryCount; ++s)
    if (zscore(static_cast<Input>(index(kFirstSecondary) + s), static_cast<Feature>(index(kFirstSecondaryZ) + s)))
      r.active_secondary |= static_cast<std::uint8_t>(1u << s);
}

}  // namespace preseason
