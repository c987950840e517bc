#include <gtest/gtest.h>

#include "actors/athlete/illness_hazard.h"
#include "actors/athlete/injury_hazard.h"
#include "actors/athlete/overreaching.h"

namespace preseason {
namespace {

TEST(AthleteInjuryHazard, BaselineRatesPerHour) {
  InjuryParams p;
  const InjuryRiskFactors none;
  EXPECT_DOUBLE_EQ(injury_rate_per_hour(p, none, false), p.baseline_training_per_1000h / 1000);
  EXPECT_DOUBLE_EQ(injury_rate_per_hour(p, none, true), p.baseline_match_per_1000h / 1000);
}

TEST(AthleteInjuryHazard, EachRiskFactorMultipliesByItsConfiguredRatio) {
  InjuryParams p;
  p.short_sleep_rr = 1.7;
  const InjuryRiskFactors none;
  const double base = injury_rate_per_hour(p, none, false);
  InjuryRiskFactors f = none;
  f.mean_sleep_h = 7.9;
  EXPECT_NEAR(injury_rate_per_hour(p, f, false) / base, 1.7, 1e-12);
  f = none;
  f.acwr = 1.6;
  EXPECT_NEAR(injury_rate_per_hour(p, f, false) / base, p.acwr_spike_rr, 1e-12);
  f.acwr = 1.4;
  EXPECT_NEAR(injury_rate_per_hour(p, f, false) / base, 1.0, 1e-12);
  f = none;
  f.recent_injury = true;
  EXPECT_NEAR(injury_rate_per_hour(p, f, false) / base, 2.7, 1e-12);
  f.relative_fatigue = 2;
  f.mean_sleep_h = 6;
  EXPECT_NEAR(injury_rate_per_hour(p, f, true) / injury_rate_per_hour(p, none, true), 2.7 * 1.7 * p.high_fatigue_rr,
              1e-12);
}

TEST(AthleteInjuryHazard, TimeLossIsRightSkewed) {
  InjuryParams p;
  Rng rng(1, 0, 0);
  int n = 20000, over28 = 0, under8 = 0;
  double sum = 0;
  for (int i = 0; i < n; ++i) {
    const double d = p.days_out.draw(rng);
    sum += d;
    over28 += d > 28;
    under8 += d < 8;
  }
  EXPECT_NEAR(double(under8) / n, 0.5, 0.02);  // median 8 days
  EXPECT_GT(sum / n, 12);                      // mean well above the median
  EXPECT_NEAR(double(over28) / n, 0.13, 0.02);
}

TEST(AthleteIllnessHazard, TravelShortSleepAndFatigueRaiseTheDailyProbability) {
  IllnessParams p;
  const double base = illness_probability_per_day(p, 1.0, 8, 0);
  EXPECT_DOUBLE_EQ(base, p.baseline_per_day);
  EXPECT_NEAR(illness_probability_per_day(p, 1.0, 8, 3) / base, p.jet_lag_rr, 1e-12);
  EXPECT_NEAR(illness_probability_per_day(p, 1.5, 6, 0) / base, p.high_fatigue_rr * p.short_sleep_rr, 1e-12);
}

TEST(AthleteOverreaching, EpisodeStartsAfterSustainedFatigueAndLasts) {
  OverreachingParams p;
  p.onset_days = 14;
  p.episode_days = Distribution::fixed(21);
  Overreaching o(p);
  Rng rng(1, 0, 0);
  for (int i = 0; i < 13; ++i) EXPECT_FALSE(o.step(2.0, rng));
  EXPECT_FALSE(o.active());
  EXPECT_TRUE(o.step(2.0, rng));
  EXPECT_EQ(o.days_left(), 21);
  for (int i = 0; i < 21; ++i) {
    EXPECT_TRUE(o.active());
    o.step(0.5, rng);
  }
  EXPECT_FALSE(o.active());
}

TEST(AthleteOverreaching, ABreakInTheRunResetsTheCount) {
  Overreaching o(OverreachingParams{});
  Rng rng(1, 0, 0);
  for (int i = 0; i < 10; ++i) o.step(2.0, rng);
  o.step(1.0, rng);
  EXPECT_EQ(o.days_above_threshold(), 0);
}

}  // namespace
}  // namespace preseason
