#include <gtest/gtest.h>

#include <cmath>

#include "actors/features/athlete_features.h"
#include "feature_test_util.h"

namespace preseason {
namespace {

using test::day;

TEST(FeatureLoad, EwmaStartsAtFirstLoadAndUsesTwoOverNPlusOne) {
  AthleteFeatures f;
  f.add(day(0, 100));
  f.add(day(1, 0));
  const FeatureRecord& r = f.add(day(2, 200));
  EXPECT_DOUBLE_EQ(f.at(0)[Feature::kEwmaAcute], 100);
  EXPECT_DOUBLE_EQ(f.at(1)[Feature::kEwmaAcute], 75);
  EXPECT_DOUBLE_EQ(r[Feature::kEwmaAcute], 106.25);
  const double c1 = 100 - 100 * 2.0 / 29;
  EXPECT_DOUBLE_EQ(f.at(1)[Feature::kEwmaChronic], c1);
  EXPECT_DOUBLE_EQ(r[Feature::kEwmaChronic], c1 + (200 - c1) * 2.0 / 29);
  EXPECT_DOUBLE_EQ(r[Feature::kAcwrEwma], r[Feature::kEwmaAcute] / r[Feature::kEwmaChronic]);
}

TEST(FeatureLoad, AcwrEwmaMissingWhileChronicIsZero) {
  AthleteFeatures f;
  const FeatureRecord& r = f.add(day(0, 0));
  EXPECT_FALSE(r.has(Feature::kAcwrEwma));
  EXPECT_EQ(r.quality_of(Feature::kAcwrEwma), Quality::kMissing);
  EXPECT_DOUBLE_EQ(r[Feature::kEwmaChronic], 0);
}

TEST(FeatureLoad, CtlAtlStartFromZeroAndTsbUsesYesterday) {
  AthleteFeatures f;
  f.add(day(0, 100));
  const FeatureRecord& r = f.add(day(1, 100));
  const double kc = 1 - std::exp(-1.0 / 42), ka = 1 - std::exp(-1.0 / 7);
  EXPECT_DOUBLE_EQ(f.at(0)[Feature::kCtl], 100 * kc);
  EXPECT_DOUBLE_EQ(f.at(0)[Feature::kAtl], 100 * ka);
  EXPECT_DOUBLE_EQ(f.at(0)[Feature::kTsb], 0);
  EXPECT_DOUBLE_EQ(r[Feature::kCtl], 100 * kc + kc * (100 - 100 * kc));
  EXPECT_DOUBLE_EQ(r[Feature::kTsb], 100 * kc - 100 * ka);
}

TEST(FeatureLoad, CoupledAndUncoupledAcwrNeed28Days) {
  AthleteFeatures f;
  for (Day d = 0; d < 28; ++d) f.add(day(d, d < 21 ? 10 : 40));
  EXPECT_FALSE(f.at(26).has(Feature::kAcwrCoupled));
  EXPECT_FALSE(f.at(26).has(Feature::kAcwrUncoupled));
  EXPECT_DOUBLE_EQ(f.at(27)[Feature::kAcwrCoupled], 40 / 17.5);
  EXPECT_DOUBLE_EQ(f.at(27)[Feature::kAcwrUncoupled], 4.0);
}

TEST(FeatureLoad, MonotonyIsMeanOverSampleSdAndStrainIsWeekTimesMonotony) {
  AthleteFeatures f;
  for (Day d = 0; d < 7; ++d) f.add(day(d, 10.0 * (d + 1)));
  EXPECT_FALSE(f.at(5).has(Feature::kMonotony));
  const double monotony = 40 / std::sqrt(2800.0 / 6);
  EXPECT_NEAR(f.at(6)[Feature::kMonotony], monotony, 1e-12);
  EXPECT_NEAR(f.at(6)[Feature::kStrain], 280 * monotony, 1e-10);
}

TEST(FeatureLoad, FlatWeekHasNoMonotony) {
  AthleteFeatures f;
  for (Day d = 0; d < 7; ++d) f.add(day(d, 0.1));
  EXPECT_FALSE(f.at(6).has(Feature::kMonotony));
  EXPECT_FALSE(f.at(6).has(Feature::kStrain));
}

TEST(FeatureLoad, GapDaysAreRestDaysFlaggedImputed) {
  AthleteFeatures f;
  f.add(day(0, 100));
  const FeatureUpdate u = f.update(day(3, 100));
  EXPECT_EQ(u.from, 1);
  EXPECT_EQ(u.to, 3);
  EXPECT_FALSE(u.late);
  EXPECT_EQ(f.counts().gap_days, 2u);
  EXPECT_EQ(f.at(1).inputs[index(Input::kLoad)], 0);
  EXPECT_EQ(f.at(1).input_quality[index(Input::kLoad)], Quality::kImputed);
  EXPECT_DOUBLE_EQ(f.at(3)[Feature::kEwmaAcute], 100 * 0.75 * 0.75 * 0.75 + 25);
  EXPECT_EQ(f.at(0).quality_of(Feature::kEwmaAcute), Quality::kMeasured);
  EXPECT_EQ(f.at(3).quality_of(Feature::kEwmaAcute), Quality::kImputed);
  // Six days later the imputed days have left the 7-day quality window.
  for (Day d = 4; d < 10; ++d) f.add(day(d, 50));
  EXPECT_EQ(f.at(9).quality_of(Feature::kEwmaAcute), Quality::kMeasured);
  EXPECT_EQ(f.at(9).quality_of(Feature::kEwmaChronic), Quality::kImputed);
}

}  // namespace
}  // namespace preseason
