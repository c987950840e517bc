#include <gtest/gtest.h>

#include <cmath>

#include "actors/features/athlete_features.h"
#include "feature_test_util.h"

namespace preseason {
namespace {

DailyInput wellness(Day d, double v) {
  DailyInput in("a", d);
  for (std::size_t w = 0; w < kWellnessItems; ++w) in.values[index(kFirstWellness) + w] = v;
  return in;
}

TEST(FeatureWellness, ZAgainstPrevious28DaysWithSevenValuesAndSampleSd) {
  AthleteFeatures f;
  for (Day d = 0; d < 7; ++d) f.add(wellness(d, d % 2 ? 4 : 3));
  EXPECT_FALSE(f.at(6).has(Feature::kFatigueZ));  // only six earlier values
  const FeatureRecord& r = f.add(wellness(7, 5));
  const double mean = 24.0 / 7, sd = std::sqrt((4 * (3 - mean) * (3 - mean) + 3 * (4 - mean) * (4 - mean)) / 6);
  EXPECT_NEAR(r[Feature::kFatigueZ], (5 - mean) / sd, 1e-12);
  EXPECT_NEAR(r[Feature::kMoodZ], (5 - mean) / sd, 1e-12);
  EXPECT_NEAR(r[Feature::kWellnessZSum], 5 * (5 - mean) / sd, 1e-11);
  EXPECT_EQ(r.quality_of(Feature::kWellnessZSum), Quality::kMeasured);
}

TEST(FeatureWellness, SumNeedsEveryItem) {
  AthleteFeatures f;
  for (Day d = 0; d < 7; ++d) f.add(wellness(d, d % 2 ? 4 : 3));
  DailyInput partial = wellness(7, 5);
  partial[Input::kStress] = std::nan("");
  const FeatureRecord& r = f.add(partial);
  EXPECT_TRUE(r.has(Feature::kFatigueZ));
  EXPECT_FALSE(r.has(Feature::kStressZ));
  EXPECT_FALSE(r.has(Feature::kWellnessZSum));
}

TEST(FeatureSecondary, ActiveOnlyOutsideTheBand) {
  FeatureConfig wide;
  wide.secondary_band = 10;
  AthleteFeatures f, g(wide);
  for (Day d = 0; d < 7; ++d) {
    f.add(test::with(d, Input::kTemperature, d % 2 ? 21 : 19));
    g.add(test::with(d, Input::kTemperature, d % 2 ? 21 : 19));
  }
  const FeatureRecord& hot = f.add(test::with(7, Input::kTemperature, 30));
  EXPECT_TRUE(hot.active(0));
  EXPECT_GT(hot[Feature::kTemperatureZ], 2);
  EXPECT_FALSE(g.add(test::with(7, Input::kTemperature, 30)).active(0));
  EXPECT_FALSE(f.add(test::with(8, Input::kTemperature, 20.5)).active(0));
}

TEST(FeatureSecondary, AnyChangeFromAFlatBaselineIsActive) {
  AthleteFeatures f;
  for (Day d = 0; d < 7; ++d) f.add(test::with(d, Input::kTravel, 0));
  const FeatureRecord& trip = f.add(test::with(7, Input::kTravel, 3));
  EXPECT_TRUE(trip.active(3));
  EXPECT_FALSE(trip.has(Feature::kTravelZ));
  EXPECT_FALSE(f.add(test::with(8, Input::kTravel, 0)).active(3));
}

}  // namespace
}  // namespace preseason
