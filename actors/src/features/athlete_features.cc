#include "actors/features/athlete_features.h"

#include <algorithm>
#include <cmath>
#include <limits>

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

// Mean and sample SD of the reported values of a window. When every value is equal
// the SD is exactly 0 and the mean is that value, so a flat week reads "no variation"
// instead of rounding noise.
struct WindowStats {
  int count = 0;
  double mean = kNaN;
  double sd = kNaN;
};

// Four independent accumulators per sum so the loop is not bound by the latency of
// one addition chain; missing values add 0. Incremental and batch runs share this
// code, so they agree bit for bit.
WindowStats stats(const double* x, std::size_t a, std::size_t b_excl) {
  WindowStats s;
  double sum[4] = {0, 0, 0, 0};
  int count[4] = {0, 0, 0, 0};
  double first = kNaN;
  bool varied = false;
  for (std::size_t j = a; j < b_excl; ++j) {
    const double v = x[j];
    const bool ok = !std::isnan(v);
    if (std::isnan(first)) first = v;
    varied |= ok && v != first;
    count[j & 3] += ok;
    sum[j & 3] += ok ? v : 0.0;
  }
  s.count = count[0] + count[1] + count[2] + count[3];
  if (s.count == 0) return s;
  if (!varied) {
    s.mean = first;
    s.sd = s.count > 1 ? 0.0 : kNaN;
    return s;
  }
  s.mean = ((sum[0] + sum[1]) + (sum[2] + sum[3])) / s.count;
  double ss[4] = {0, 0, 0, 0};
  for (std::size_t j = a; j < b_excl; ++j) {
    const double d = std::isnan(x[j]) ? 0.0 : x[j] - s.mean;
    ss[j & 3] += d * d;
  }
  s.sd = std::sqrt(((ss[0] + ss[1]) + (ss[2] + ss[3])) / (s.count - 1));
  return s;
}

double load_at(const std::vector<double>& raw, std::size_t j) { return std::isnan(raw[j]) ? 0.0 : raw[j]; }

}  // namespace

void AthleteFeatures::reserve(std::size_t days) {
  for (auto& v : raw_) v.reserve(days);
  for (auto& v : not_measured_) v.reserve(days + 1);
  records_.reserve(days);
}

void AthleteFeatures::grow_to(std::size_t n) {
  for (auto& v : raw_) v.resize(n, kNaN);
  for (auto& v : not_measured_) v.resize(n + 1, 0);
  records_.resize(n);
}

FeatureUpdate AthleteFeatures::update(const DailyInput& in) {
  ++counts_.days_fed;
  const std::size_t old = records_.size();
  std::size_t from = old;
  bool late = false;
  if (old == 0) {
    first_ = in.day;
  } else if (in.day < first_) {
    const auto shift = static_cast<std::size_t>(first_ - in.day);
    for (auto& v : raw_) v.insert(v.begin(), shift, kNaN);
    records_.insert(records_.begin(), shift, FeatureRecord{});
    for (auto& v : not_measured_) v.resize(records_.size() + 1, 0);
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
    double& cur = raw_[k][i];
    if (!std::isnan(cur)) repeated = true;
    if (cur != v) {
      cur = v;
      changed = true;
    }
  }
  if (repeated) ++counts_.duplicates;
  if (changed) from = std::min(from, i);
  if (late && from < records_.size()) ++counts_.late;
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

void AthleteFeatures::recompute(std::size_t from) {
  const std::size_t n = records_.size();
  for (std::size_t k = 0; k < kInputCount; ++k)
    for (std::size_t j = from; j < n; ++j)
      not_measured_[k][j + 1] = not_measured_[k][j] + (std::isnan(raw_[k][j]) ? 1 : 0);
  for (std::size_t j = from; j < n; ++j) compute(j);
}

int AthleteFeatures::not_measured(Input k, std::size_t a, std::size_t b) const {
  const auto& p = not_measured_[index(k)];
  return p[b + 1] - p[a];
}

void AthleteFeatures::compute(std::size_t i) {
  FeatureRecord& r = records_[i];
  const FeatureRecord* prev = i > 0 ? &records_[i - 1] : nullptr;
  r.day = first_ + static_cast<Day>(i);
  r.active_secondary = 0;
  for (std::size_t k = 0; k < kInputCount; ++k) {
    r.inputs[k] = raw_[k][i];
    r.input_quality[k] = std::isnan(raw_[k][i]) ? Quality::kMissing : Quality::kMeasured;
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
  const auto& load = raw_[index(Input::kLoad)];
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

  double sum7 = 0, sum21 = 0;
  for (std::size_t j = start(28); j <= i; ++j) (j + 7 > i ? sum7 : sum21) += load_at(load, j);
  double coupled = kNaN, uncoupled = kNaN;
  if (i >= 27) {
    coupled = ratio(sum7 / 7, (sum7 + sum21) / 28);
    uncoupled = ratio(sum7 / 7, sum21 / 21);
  }
  set(Feature::kAcwrCoupled, coupled, q28);
  set(Feature::kAcwrUncoupled, uncoupled, q28);
  double monotony = kNaN, strain = kNaN;
  if (i >= 6) {
    double week[7];
    for (std::size_t j = 0; j < 7; ++j) week[j] = load_at(load, i - 6 + j);
    const WindowStats w = stats(week, 0, 7);
    if (w.sd > 0) {
      monotony = w.mean / w.sd;
      strain = sum7 * monotony;
    }
  }
  set(Feature::kMonotony, monotony, q7);
  set(Feature::kStrain, strain, q7);

  // HRV: 7-day mean against the 60-day baseline and its smallest worthwhile change.
  const double* hrv = raw_[index(Input::kLnRmssd)].data();
  const WindowStats h7 = stats(hrv, start(kHrvShort), i + 1);
  const WindowStats h60 = stats(hrv, start(kHrvLong), i + 1);
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

  const auto& sleep = raw_[index(Input::kSleepH)];
  double debt = 0;
  int nights = 0;
  for (std::size_t j = start(7); j <= i; ++j) {
    if (std::isnan(sleep[j])) continue;
    debt += std::max(0.0, config_.sleep_need_h - sleep[j]);
    ++nights;
  }
  set(Feature::kSleepDebt7, nights > 0 ? debt : kNaN, window_quality(Input::kSleepH, 7));

  // Wellness items and secondary signals: z against the previous baseline_days days.
  const auto days = static_cast<std::size_t>(config_.baseline_days);
  const auto zscore = [&](Input k, Feature f) {
    const double v = raw_[index(k)][i];
    const WindowStats b = std::isnan(v) ? WindowStats{} : stats(raw_[index(k)].data(), i >= days ? i - days : 0, i);
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
