#include <gtest/gtest.h>

#include <stdexcept>

#include "actors/backtest/horizon_labels.h"

namespace preseason {
namespace {

TEST(BacktestLabels, PositiveWhenAnInjuryFollowsWithinTheHorizon) {
  const HorizonLabels labels({20, 10, 10}, 7, 25);
  EXPECT_FALSE(labels.positive(2));  // (2, 9]
  EXPECT_TRUE(labels.positive(3));   // (3, 10]
  EXPECT_TRUE(labels.positive(9));
  EXPECT_FALSE(labels.positive(10));  // the injury day itself is not before the injury
  EXPECT_FALSE(labels.positive(12));  // (12, 19]
  EXPECT_TRUE(labels.positive(13));   // (13, 20]
  EXPECT_FALSE(labels.positive(20));
}

TEST(BacktestLabels, KeepsEveryInjurySorted) {
  const HorizonLabels labels({20, 10, 10}, 7, 25);
  EXPECT_EQ(labels.injuries(), (std::vector<Day>{10, 10, 20}));
}

TEST(BacktestLabels, DaysWhoseHorizonPassesTheLastObservedDayAreCensored) {
  const HorizonLabels labels({}, 7, 25);
  EXPECT_TRUE(labels.labelled(0));
  EXPECT_TRUE(labels.labelled(18));
  EXPECT_FALSE(labels.labelled(19));
  EXPECT_FALSE(labels.labelled(25));
}

TEST(BacktestLabels, HorizonOfOneDayMeansTheNextDay) {
  const HorizonLabels labels({5}, 1, 10);
  EXPECT_TRUE(labels.positive(4));
  EXPECT_FALSE(labels.positive(3));
  EXPECT_FALSE(labels.positive(5));
}

TEST(BacktestLabels, RejectsAnEmptyHorizon) { EXPECT_THROW(HorizonLabels({}, 0, 10), std::invalid_argument); }

}  // namespace
}  // namespace preseason
