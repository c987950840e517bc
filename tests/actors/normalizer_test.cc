#include <gtest/gtest.h>

#include <boost/archive/binary_iarchive.hpp>
#include <boost/archive/binary_oarchive.hpp>
#include <algorithm>
#include <cmath>
#include <fstream>
#include <map>
#include <random>
#include <sstream>
#include <vector>

#include "actors/features/input_error.h"
#include "actors/normalizer/normalizer.h"
#include "actors/normalizer/robust_baseline.h"

namespace preseason {
namespace {

const std::string kMapping = std::string(PRESEASON_SOURCE_DIR) + "/scenarios/mappings/vendors.yaml";

VendorReading reading(const std::string& vendor, const std::string& field, Day d, double v, Time at = 6 * kHour) {
  return {"a", vendor, field, start_of(d) + at, v};
}

TEST(NormalizerMapping, ConvertsUnits) {
  const VendorMapping m = VendorMapping::load(kMapping);
  EXPECT_NEAR(m.field("ring", "sleep_total")->canonical(27000), 7.5, 1e-12);
  EXPECT_DOUBLE_EQ(m.field("strap", "hrv")->canonical(60), std::log(60.0));
  EXPECT_DOUBLE_EQ(m.field("fitbit", "minutes_asleep")->canonical(450), 7.5);
  EXPECT_DOUBLE_EQ(m.field("app", "soreness")->canonical(2), 2);  // simulated items: higher is better
  EXPECT_EQ(m.field("ring", "no_such_field"), nullptr);
  EXPECT_EQ(m.metric("recovery")->fuse, "readiness");
}

TEST(NormalizerMapping, MirrorsItemsWhereLowIsBestAndOffsets) {
  const std::string path = ::testing::TempDir() + "normalizer_direction_mapping.yaml";
  std::ofstream(path) << "metrics:\n  soreness: {unit: item_1_5}\n  temperature: {unit: degC}\nvendors:\n"
                         "  q:\n    fields:\n      soreness: {metric: soreness, valid: [1, 5], best: low}\n"
                         "      temp_f: {metric: temperature, valid: [-40, 130], factor: 0.5555555555555556,"
                         " offset: -17.77777777777778}\n";
  const VendorMapping m = VendorMapping::load(path);
  EXPECT_DOUBLE_EQ(m.field("q", "soreness")->canonical(1), 5);  // 1 = best -> 5
  EXPECT_DOUBLE_EQ(m.field("q", "soreness")->canonical(4), 2);
  EXPECT_NEAR(m.field("q", "temp_f")->canonical(68), 20, 1e-12);
}

TEST(NormalizerMapping, BadFileNamesTheLine) {
  const std::string path = ::testing::TempDir() + "normalizer_bad_mapping.yaml";
  std::ofstream(path) << "metrics:\n  hr: {unit: bpm}\nvendors:\n  x:\n    fields:\n      f: {metric: nope, valid: [0, 1]}\n";
  try {
    VendorMapping::load(path);
    FAIL() << "expected InputError";
  } catch (const InputError& e) {
    EXPECT_EQ(e.line(), 6u);
    EXPECT_NE(std::string(e.what()).find("unknown metric 'nope'"), std::string::npos);
  }
}

TEST(NormalizerBaseline, MedianAndMad) {
  const double v[] = {1, 2, std::nan(""), 3, 4, 100};
  const RobustBaseline b = robust_baseline(v, v + 6);
  EXPECT_EQ(b.count, 5);
  EXPECT_DOUBLE_EQ(b.median, 3);
  EXPECT_DOUBLE_EQ(b.mad, 1);
  EXPECT_DOUBLE_EQ(robust_z(5, b, 5), 2 / kMadToSd);
  EXPECT_TRUE(std::isnan(robust_z(5, b, 6)));
}

// The definition the baseline must equal bit for bit: two selections of the middle values.
double textbook_median(std::vector<double> v) {
  const std::size_t mid = v.size() / 2;
  std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(mid), v.end());
  if (v.size() % 2) return v[mid];
  return 0.5 * (*std::max_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(mid)) + v[mid]);
}

TEST(NormalizerBaseline, EqualsTheTextbookMedianAndMadExactly) {
  std::mt19937_64 rng(7);
  for (int trial = 0; trial < 2000; ++trial) {
    const std::size_t n = 1 + rng() % 40;
    std::vector<double> window(n);
    for (double& x : window) {
      const auto pick = rng() % 10;
      x = pick == 0 ? std::nan("") : pick < 4 ? static_cast<double>(rng() % 5) : std::ldexp(static_cast<double>(rng() % 100000), -7);
    }
    std::vector<double> values;
    for (double x : window)
      if (!std::isnan(x)) values.push_back(x);
    const RobustBaseline b = robust_baseline(window.data(), window.data() + n);
    ASSERT_EQ(b.count, static_cast<int>(values.size()));
    if (values.empty()) continue;
    const double median = textbook_median(values);
    for (double& x : values) x = std::abs(x - median);
    ASSERT_EQ(b.median, median);
    ASSERT_EQ(b.mad, textbook_median(values));
  }
}

TEST(Normalizer, OutOfRangeIsFlaggedAndDroppedNotClamped) {
  const VendorMapping m = VendorMapping::load(kMapping);
  Normalizer n(m);
  EXPECT_EQ(n.ingest(reading("strap", "recovery", 0, 120)).status, ReadingStatus::kOutOfRange);
  EXPECT_EQ(n.ingest(reading("strap", "recovery", 0, NAN)).status, ReadingStatus::kOutOfRange);
  EXPECT_EQ(n.ingest(reading("nobody", "x", 0, 1)).status, ReadingStatus::kUnmapped);
  EXPECT_TRUE(std::isnan(n.value("a", "strap", "recovery", 0)));
  EXPECT_EQ(n.counts().out_of_range, 2u);
  EXPECT_EQ(n.counts().unmapped, 1u);
  EXPECT_EQ(n.ingest(reading("strap", "recovery", 0, 100)).status, ReadingStatus::kAccepted);
  EXPECT_DOUBLE_EQ(n.value("a", "strap", "recovery", 0), 100);
}

TEST(Normalizer, EachDeviceAgainstItsOwnBaselineThenFused) {
  const VendorMapping m = VendorMapping::load(kMapping);
  Normalizer n(m);
  const double ring[] = {70, 72, 74, 76, 78, 80, 82};    // median 76, MAD 4
  const double strap[] = {30, 40, 50, 60, 70, 80, 90};   // median 60, MAD 20
  for (Day d = 0; d < 7; ++d) {
    n.ingest(reading("ring", "readiness", d, ring[d]));
    n.ingest(reading("strap", "recovery", d, strap[d]));
  }
  EXPECT_TRUE(std::isnan(n.z("a", "ring", "readiness", 6)));  // six earlier days only
  n.ingest(reading("ring", "readiness", 7, 84));
  n.ingest(reading("strap", "recovery", 7, 20));
  const double zr = 8 / (kMadToSd * 4), zs = -40 / (kMadToSd * 20);
  EXPECT_DOUBLE_EQ(n.z("a", "ring", "readiness", 7), zr);
  EXPECT_DOUBLE_EQ(n.z("a", "strap", "recovery", 7), zs);
  EXPECT_DOUBLE_EQ(n.fused_z("a", "readiness", 7), (zr + zs) / 2);
  EXPECT_TRUE(std::isnan(n.fused_z("a", "sleep", 7)));
}

TEST(Normalizer, LateReadingFillsItsDayAndRescoresLaterDays) {
  const VendorMapping m = VendorMapping::load(kMapping);
  Normalizer in_order(m), late(m);
  for (Day d = 0; d < 12; ++d) {
    const VendorReading r = reading("ring", "readiness", d, 60 + (d * 7) % 11);
    in_order.ingest(r);
    if (d != 3) late.ingest(r);
  }
  EXPECT_EQ(late.missing_days("a", "ring", "readiness"), 1u);
  const IngestResult res = late.ingest(reading("ring", "readiness", 3, 60 + 21 % 11));
  EXPECT_EQ(res.status, ReadingStatus::kLate);
  EXPECT_EQ(res.day, 3);
  EXPECT_EQ(res.recomputed_to, 11);
  EXPECT_EQ(late.counts().late, 1u);
  EXPECT_EQ(late.missing_days("a", "ring", "readiness"), 0u);
  for (Day d = 0; d < 12; ++d) {
    const double a = in_order.z("a", "ring", "readiness", d), b = late.z("a", "ring", "readiness", d);
    EXPECT_TRUE((std::isnan(a) && std::isnan(b)) || a == b) << "day " << d;
  }
}

// Readings in shuffled order, late ones, corrections, gaps and days before the first:
// every day's z-score must equal the one scored from scratch against its 28 previous days.
TEST(Normalizer, ScoresEqualAFreshBaselineWhateverTheOrder) {
  const VendorMapping m = VendorMapping::load(kMapping);
  std::mt19937_64 rng(11);
  for (int trial = 0; trial < 20; ++trial) {
    std::vector<VendorReading> readings;
    for (Day d = 10; d < 130; ++d)
      if (rng() % 6) readings.push_back(reading("ring", "readiness", d, 50 + static_cast<double>(rng() % 12), 6 * kHour + static_cast<Time>(rng() % 3)));
    for (std::size_t i = 0; i + 1 < readings.size(); ++i)
      if (rng() % 4 == 0) std::swap(readings[i], readings[i + 1 + rng() % std::min<std::size_t>(40, readings.size() - i - 1)]);
    readings.push_back(reading("ring", "readiness", 2, 55));
    Normalizer n(m);
    for (const VendorReading& r : readings) n.ingest(r);
    std::vector<double> values;
    for (Day d = 2; d < 130; ++d) values.push_back(n.value("a", "ring", "readiness", d));
    for (std::size_t j = 0; j < values.size(); ++j) {
      const double* lo = values.data() + (j >= 28 ? j - 28 : 0);
      const double expected = robust_z(values[j], robust_baseline(lo, values.data() + j), 7);
      const double z = n.z("a", "ring", "readiness", 2 + static_cast<Day>(j));
      ASSERT_TRUE((std::isnan(expected) && std::isnan(z)) || expected == z) << "trial " << trial << " day " << j;
    }
  }
}

TEST(Normalizer, DuplicateIsCountedAndACorrectionReplaces) {
  const VendorMapping m = VendorMapping::load(kMapping);
  Normalizer n(m);
  n.ingest(reading("fitbit", "resting_heart_rate", 0, 50));
  const IngestResult same = n.ingest(reading("fitbit", "resting_heart_rate", 0, 50));
  EXPECT_EQ(same.status, ReadingStatus::kDuplicate);
  EXPECT_LT(same.recomputed_to, same.day);
  EXPECT_EQ(n.ingest(reading("fitbit", "resting_heart_rate", 0, 52)).status, ReadingStatus::kDuplicate);
  EXPECT_EQ(n.counts().duplicates, 2u);
  EXPECT_DOUBLE_EQ(n.value("a", "fitbit", "resting_hr", 0), 52);
  // An earlier measurement of the same day does not replace the later one.
  EXPECT_EQ(n.ingest(reading("fitbit", "resting_heart_rate", 0, 70, 5 * kHour)).status, ReadingStatus::kLate);
  EXPECT_DOUBLE_EQ(n.value("a", "fitbit", "resting_hr", 0), 52);
}

std::string archived(const Normalizer& n) {
  std::stringstream bytes;
  boost::archive::binary_oarchive out(bytes);
  out << n;
  return bytes.str();
}

// A caller holding resolved streams gets what one passing whole readings gets: the same
// result per reading and the same state, also for a field whose only reading is out of
// range and for a stream resolved only after it held days.
TEST(Normalizer, AResolvedStreamIngestsAsTheReadingDoes) {
  const VendorMapping m = VendorMapping::load(kMapping);
  std::mt19937_64 rng(5);
  const std::pair<std::string, std::string> fields[] = {
      {"ring", "readiness"}, {"strap", "recovery"}, {"watch", "body_battery"}, {"nobody", "x"}};
  std::vector<VendorReading> readings;
  for (Day d = 0; d < 90; ++d)
    for (const auto& [vendor, field] : fields)
      if (rng() % 5) readings.push_back(reading(vendor, field, d, 20 + static_cast<double>(rng() % 70)));
  for (std::size_t i = 0; i + 1 < readings.size(); ++i)
    if (rng() % 4 == 0) std::swap(readings[i], readings[i + 1 + rng() % std::min<std::size_t>(30, readings.size() - i - 1)]);
  readings.push_back(reading("strap", "strain", 3, 99));  // out of range, its only reading
  Normalizer by_reading(m), by_ref(m);
  std::map<std::pair<std::string, std::string>, Normalizer::StreamRef> refs;
  for (std::size_t i = 0; i < readings.size(); ++i) {
    const VendorReading& r = readings[i];
    const IngestResult a = by_reading.ingest(r);
    // The ring's stream is resolved late, once it holds days; the others before any reading.
    const bool resolve_now = r.vendor != "ring" || i > readings.size() / 2;
    IngestResult b;
    if (resolve_now) {
      auto [it, fresh] = refs.try_emplace({r.vendor, r.field});
      if (fresh) it->second = by_ref.stream_ref(r.athlete, r.vendor, r.field);
      EXPECT_EQ(it->second.resolved(), r.vendor != "nobody");
      b = by_ref.ingest(it->second, r.measured, r.value);
    } else {
      b = by_ref.ingest(r);
    }
    ASSERT_EQ(a.status, b.status) << i;
    EXPECT_EQ(a.metric, b.metric);
    EXPECT_EQ(a.day, b.day);
    EXPECT_EQ(a.recomputed_to, b.recomputed_to);
  }
  EXPECT_EQ(archived(by_reading), archived(by_ref));
  EXPECT_EQ(by_ref.counts().unmapped, by_reading.counts().unmapped);
  EXPECT_GT(by_ref.counts().late, 0u);
}

TEST(Normalizer, CheckpointRoundTrip) {
  const VendorMapping m = VendorMapping::load(kMapping);
  Normalizer n(m), restored(m);
  for (Day d = 0; d < 20; ++d) n.ingest(reading("watch", "body_battery", d, 40 + d % 5 * 10));
  std::stringstream bytes;
  {
    boost::archive::binary_oarchive out(bytes);
    out << n;
  }
  {
    boost::archive::binary_iarchive in(bytes);
    in >> restored;
  }
  n.ingest(reading("watch", "body_battery", 20, 95));
  restored.ingest(reading("watch", "body_battery", 20, 95));
  EXPECT_EQ(restored.z("a", "watch", "body_battery", 20), n.z("a", "watch", "body_battery", 20));
  EXPECT_FALSE(std::isnan(n.z("a", "watch", "body_battery", 20)));
  EXPECT_EQ(restored.counts().accepted, 21u);
}

}  // namespace
}  // namespace preseason
