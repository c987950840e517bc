#include <gtest/gtest.h>

#include <algorithm>
#include <boost/archive/binary_iarchive.hpp>
#include <boost/archive/binary_oarchive.hpp>
#include <cmath>
#include <cstring>
#include <random>
#include <sstream>

#include "actors/features/athlete_features.h"
#include "actors/features/feature_pipeline.h"
#include "actors/features/feature_table.h"

namespace preseason {
namespace {

std::vector<DailyInput> season(const std::string& athlete, Day days, unsigned seed) {
  std::mt19937_64 rng(seed);
  std::uniform_real_distribution<double> u(0, 1);
  std::vector<DailyInput> out;
  for (Day d = 0; d < days; ++d) {
    DailyInput in(athlete, 20000 + d);
    if (u(rng) < 0.8) in[Input::kLoad] = std::floor(u(rng) * 600);
    if (u(rng) < 0.8) in[Input::kLnRmssd] = 4 + 0.3 * u(rng);
    if (u(rng) < 0.8) in[Input::kSleepH] = 6 + 3 * u(rng);
    for (std::size_t k = index(kFirstWellness); k < kInputCount; ++k)
      if (u(rng) < 0.7) in.values[k] = std::floor(1 + 5 * u(rng));
    out.push_back(in);
  }
  return out;
}

// Bitwise equality, NaN included: incremental and batch must be the same computation.
void expect_same(const std::vector<FeatureRecord>& a, const std::vector<FeatureRecord>& b) {
  ASSERT_EQ(a.size(), b.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].day, b[i].day);
    EXPECT_EQ(std::memcmp(a[i].values.data(), b[i].values.data(), sizeof(a[i].values)), 0) << "day " << i;
    EXPECT_EQ(a[i].quality, b[i].quality) << "day " << i;
    EXPECT_EQ(a[i].active_secondary, b[i].active_secondary) << "day " << i;
  }
}

TEST(FeatureIncremental, LateReadingUpdatesItsDayAndRecomputesLaterDays) {
  auto rows = season("a", 90, 1);
  const double late_hrv = rows[40][Input::kLnRmssd] = 4.9;
  const auto full = compute_features(rows).athletes[0].records;

  AthleteFeatures f;
  const DailyInput held = rows[40];
  rows[40][Input::kLnRmssd] = std::nan("");
  for (const auto& r : rows) f.update(r);
  const double before = f.at(20045)[Feature::kHrv7];

  DailyInput late(held.athlete, held.day);
  late[Input::kLnRmssd] = late_hrv;
  const FeatureUpdate u = f.update(late);
  EXPECT_TRUE(u.late);
  EXPECT_EQ(u.from, 20040);
  EXPECT_EQ(u.to, 20089);
  EXPECT_EQ(f.counts().late, 1u);
  EXPECT_NE(f.at(20045)[Feature::kHrv7], before);
  expect_same(f.records(), full);
}

TEST(FeatureIncremental, RepeatedIdenticalDayChangesNothing) {
  const auto rows = season("a", 30, 2);
  AthleteFeatures f;
  for (const auto& r : rows) f.update(r);
  const auto before = f.records();
  const FeatureUpdate u = f.update(rows[10]);
  EXPECT_TRUE(u.empty());
  EXPECT_EQ(f.counts().duplicates, 1u);
  expect_same(f.records(), before);
}

TEST(FeatureIncremental, DayBeforeTheFirstPrependsAndRecomputesEverything) {
  const auto rows = season("a", 40, 3);
  AthleteFeatures f;
  for (std::size_t i = 5; i < rows.size(); ++i) f.update(rows[i]);
  const FeatureUpdate u = f.update(rows[0]);
  EXPECT_TRUE(u.late);
  EXPECT_EQ(u.from, rows[0].day);
  EXPECT_EQ(f.counts().gap_days, 4u);
  for (std::size_t i = 1; i < 5; ++i) f.update(rows[i]);
  expect_same(f.records(), compute_features(rows).athletes[0].records);
}

TEST(FeatureIncremental, BatchOverShuffledRowsEqualsInOrderFeeding) {
  auto rows = season("a", 120, 4);
  auto other = season("b", 50, 5);
  rows.insert(rows.end(), other.begin(), other.end());
  std::vector<DailyInput> shuffled = rows;
  std::shuffle(shuffled.begin(), shuffled.end(), std::mt19937_64(9));
  shuffled.insert(shuffled.begin(), rows[0]);  // first athlete stays first
  const FeatureTable t = compute_features(shuffled);
  ASSERT_EQ(t.athletes.size(), 2u);
  EXPECT_EQ(t.athletes[0].athlete, "a");
  EXPECT_GT(t.counts.late, 0u);
  FeaturePipeline p;
  for (const auto& r : rows) p.update(r);
  expect_same(t.athletes[0].records, p.athlete("a").records());
  expect_same(t.athletes[1].records, p.athlete("b").records());
}

TEST(FeatureIncremental, CheckpointResumesIdentically) {
  const auto rows = season("a", 100, 6);
  FeaturePipeline p;
  for (std::size_t i = 0; i < 60; ++i) p.update(rows[i]);
  std::stringstream bytes;
  {
    boost::archive::binary_oarchive out(bytes);
    out << p;
  }
  FeaturePipeline q;
  {
    boost::archive::binary_iarchive in(bytes);
    in >> q;
  }
  for (std::size_t i = 60; i < rows.size(); ++i) {
    p.update(rows[i]);
    q.update(rows[i]);
  }
  expect_same(q.athlete("a").records(), p.athlete("a").records());
  EXPECT_EQ(q.athlete("a").counts().days_fed, 100u);
}

}  // namespace
}  // namespace preseason
