#include <gtest/gtest.h>

#include <cmath>

#include "actors/features/athlete_features.h"
#include "feature_test_util.h"

namespace preseason {
namespace {

using test::with;

TEST(FeatureHrv, SevenDayMeanNeedsThreeValues) {
  AthleteFeatures f;
  f.add(with(0, Input::kLnRmssd, 4.0));
  f.add(with(1, Input::kLnRmssd, 4.2));
  EXPECT_FALSE(f.at(1).has(Feature::kHrv7));
  f.add(with(2, Input::kLnRmssd, 4.4));
  EXPECT_NEAR(f.at(2)[Feature::kHrv7], 4.2, 1e-15);
  EXPECT_EQ(f.at(2).quality_of(Feature::kHrv7), Quality::kMeasured);
  const FeatureRecord& gap = f.add(test::day(3, 0));
  EXPECT_NEAR(gap[Feature::kHrv7], 4.2, 1e-15);
  EXPECT_EQ(gap.quality_of(Feature::kHrv7), Quality::kImputed);
}

TEST(FeatureHrv, BaselineNeedsTwentyValuesAndFlagsTheSmallestWorthwhileChange) {
  AthleteFeatures f;
  for (Day d = 0; d < 20; ++d) f.add(with(d, Input::kLnRmssd, d < 10 ? 4.2 : 4.0));
  EXPECT_FALSE(f.at(18).has(Feature::kHrvBase60));
  const FeatureRecord& r = f.at(19);
  const double sd = std::sqrt(20 * 0.01 / 19);
  EXPECT_NEAR(r[Feature::kHrvBase60], 4.1, 1e-14);
  EXPECT_NEAR(r[Feature::kHrvSd60], sd, 1e-14);
  EXPECT_NEAR(r[Feature::kHrv7], 4.0, 1e-14);
  EXPECT_NEAR(r[Feature::kHrvZ], -0.1 / sd, 1e-12);
  EXPECT_EQ(r[Feature::kHrvBelowSwc], 1.0);
  // Back to the baseline: within half an SD, so no longer below the SWC.
  for (Day d = 20; d < 27; ++d) f.add(with(d, Input::kLnRmssd, 4.1));
  EXPECT_EQ(f.at(26)[Feature::kHrvBelowSwc], 0.0);
}

TEST(FeatureSleep, DebtSumsShortfallBelowNeedSkippingMissingNights) {
  AthleteFeatures f;
  f.add(with(0, Input::kSleepH, 7.2));
  f.add(test::day(1, 0));
  f.add(with(2, Input::kSleepH, 9.0));
  const FeatureRecord& r = f.add(with(3, Input::kSleepH, 8.0));
  EXPECT_NEAR(r[Feature::kSleepDebt7], 1.0 + 0.2, 1e-12);
  EXPECT_EQ(r.quality_of(Feature::kSleepDebt7), Quality::kImputed);
  // Day 10's window [4, 10] has no night at all.
  const FeatureRecord& none = f.add(test::day(10, 0));
  EXPECT_FALSE(none.has(Feature::kSleepDebt7));
  EXPECT_EQ(none.quality_of(Feature::kSleepDebt7), Quality::kMissing);
}

}  // namespace
}  // namespace preseason
