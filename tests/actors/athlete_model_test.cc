#include <gtest/gtest.h>

#include <boost/archive/binary_iarchive.hpp>
#include <boost/archive/binary_oarchive.hpp>
#include <boost/serialization/array.hpp>
#include <cmath>
#include <sstream>

#include "actors/athlete/athlete.h"

namespace preseason {
namespace {

Session session(SessionType t, double minutes, double rpe) { return Session{t, minutes, rpe, 0.6}; }

// Mean morning ln rMSSD after a hard block, after a rest block, across athletes.
TEST(AthleteModel, LnRmssdDropsAfterHardDaysAndRecoversAfterRest) {
  AthletePopulation pop;
  pop.shared.injury.baseline_training_per_1000h = 0;
  pop.shared.illness.baseline_per_day = 0;
  double hard = 0, rested = 0, usual = 0;
  const int n = 400;
  for (int i = 0; i < n; ++i) {
    Rng rng(3, 0, i);
    Athlete a(pop.draw(rng), 0, rng);
    for (int d = 0; d < 60; ++d) {
      a.train(session(SessionType::kModerate, 60, 6), rng);
      a.end_of_day({}, rng);
    }
    usual += a.morning(rng).ln_rmssd;
    for (int d = 0; d < 4; ++d) {
      a.train(session(SessionType::kVolume, 110, 9), rng);
      a.end_of_day({}, rng);
    }
    hard += a.morning(rng).ln_rmssd;
    for (int d = 0; d < 4; ++d) a.end_of_day({}, rng);
    rested += a.morning(rng).ln_rmssd;
  }
  EXPECT_LT(hard / n, usual / n - 0.1);
  EXPECT_GT(rested / n, hard / n + 0.1);
  EXPECT_GT(rested / n, usual / n - 0.05);
}

TEST(AthleteModel, AlcoholAndTravelLowerHrvAndRaiseRestingHr) {
  AthleteParams p;
  p.responses.ln_rmssd.day_to_day_sd = 0;
  p.responses.resting_hr_bpm.day_to_day_sd = 0;
  p.illness.baseline_per_day = 0;
  Rng r1(5, 0, 0), r2(5, 0, 0);
  Athlete calm(p, 0, r1), out(p, 0, r2);
  calm.end_of_day({}, r1);
  out.end_of_day({6, 5}, r2);
  const MorningState a = calm.morning(r1), b = out.morning(r2);
  EXPECT_LT(b.ln_rmssd, a.ln_rmssd - 0.3);
  EXPECT_GT(b.resting_hr_bpm, a.resting_hr_bpm + 5);
  EXPECT_LT(b.sleep.total_h, a.sleep.total_h);
}

TEST(AthleteModel, InjuryTakesTheAthleteOutForItsDrawnDays) {
  AthleteParams p;
  p.injury.baseline_match_per_1000h = 1e6;  // certain injury
  p.injury.days_out = Distribution::fixed(5);
  p.illness.baseline_per_day = 0;
  Rng rng(1, 0, 0);
  Athlete a(p, 100, rng);
  const SessionOutcome o = a.train(session(SessionType::kMatch, 90, 8), rng);
  ASSERT_TRUE(o.injured);
  EXPECT_EQ(o.days_out, 5);
  EXPECT_LT(o.minutes, 90);
  EXPECT_NEAR(o.srpe_load, o.rpe * o.minutes, 1e-9);
  for (int d = 0; d < 4; ++d) {
    a.end_of_day({}, rng);
    EXPECT_TRUE(a.morning(rng).availability.injured);
    EXPECT_FALSE(a.train(session(SessionType::kMatch, 90, 8), rng).injured);  // rehab carries no hazard
  }
  a.end_of_day({}, rng);
  EXPECT_TRUE(a.morning(rng).availability.can_train());
  EXPECT_TRUE(a.risk_factors().recent_injury);
  EXPECT_EQ(a.injuries(), 1);
  EXPECT_EQ(a.day(), 105);
}

TEST(AthleteModel, CheckpointResumesIdentically) {
  AthletePopulation pop;
  Rng rng(9, 1, 2);
  Athlete a(pop.draw(rng), 0, rng);
  for (int d = 0; d < 30; ++d) {
    a.train(session(SessionType::kStrength, 70, 7), rng);
    a.end_of_day({d == 10 ? 3.0 : 0.0, 0}, rng);
  }
  std::stringstream buf;
  {
    boost::archive::binary_oarchive oa(buf);
    oa << a << rng;
  }
  Athlete b;
  Rng rng_b;
  {
    boost::archive::binary_iarchive ia(buf);
    ia >> b >> rng_b;
  }
  for (int d = 0; d < 20; ++d) {
    const MorningState ma = a.morning(rng), mb = b.morning(rng_b);
    ASSERT_EQ(ma.ln_rmssd, mb.ln_rmssd);
    ASSERT_EQ(ma.wellness.mood, mb.wellness.mood);
    ASSERT_EQ(a.train(session(SessionType::kVolume, 85, 7), rng).srpe_load,
              b.train(session(SessionType::kVolume, 85, 7), rng_b).srpe_load);
    a.end_of_day({}, rng);
    b.end_of_day({}, rng_b);
  }
  EXPECT_EQ(a.fitness_fatigue().fatigue(), b.fitness_fatigue().fatigue());
}

TEST(AthleteModel, WellnessStaysOnTheOneToFiveScale) {
  AthleteParams p;
  Rng rng(2, 0, 0);
  Athlete a(p, 0, rng);
  for (int d = 0; d < 200; ++d) {
    const Wellness w = a.morning(rng).wellness;
    for (double x : {w.fatigue, w.sleep_quality, w.soreness, w.stress, w.mood}) {
      ASSERT_GE(x, 1);
      ASSERT_LE(x, 5);
    }
    a.train(session(SessionType::kVolume, 150, 10), rng);  // brutal, to push the floor
    a.end_of_day({}, rng);
  }
  EXPECT_GT(a.overreaching_episodes(), 0);
}

TEST(AthleteDistribution, TruncationAndCentre) {
  Rng rng(4, 0, 0);
  const Distribution d = Distribution::normal(0, 1, -0.5, 0.5);
  double sum = 0;
  for (int i = 0; i < 10000; ++i) {
    const double x = d.draw(rng);
    ASSERT_GE(x, -0.5);
    ASSERT_LE(x, 0.5);
    sum += x;
  }
  EXPECT_NEAR(sum / 10000, 0, 0.02);
  EXPECT_EQ(Distribution::fixed(3).draw(rng), 3);
  EXPECT_DOUBLE_EQ(Distribution::uniform(2, 4).center(), 3);
}

TEST(AthleteDistribution, LognormalHasItsMedianAndLogSpread) {
  Rng rng(5, 0, 0);
  const Distribution d = Distribution::lognormal(8, 1.1);
  const int n = 200000;
  double sum_log = 0, sum_log2 = 0;
  int below_median = 0;
  for (int i = 0; i < n; ++i) {
    const double x = d.draw(rng);
    ASSERT_GT(x, 0);
    sum_log += std::log(x);
    sum_log2 += std::log(x) * std::log(x);
    below_median += x < 8;
  }
  const double mean_log = sum_log / n;
  EXPECT_NEAR(mean_log, std::log(8.0), 0.01);
  EXPECT_NEAR(std::sqrt(sum_log2 / n - mean_log * mean_log), 1.1, 0.01);
  EXPECT_NEAR(double(below_median) / n, 0.5, 0.005);
}

}  // namespace
}  // namespace preseason
