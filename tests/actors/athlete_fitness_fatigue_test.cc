#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "actors/athlete/fitness_fatigue.h"
#include "actors/athlete/internal_load.h"

namespace preseason {
namespace {

TEST(AthleteFitnessFatigue, RecursionEqualsClosedFormConvolution) {
  FitnessFatigueParams p;
  p.baseline_performance = 100;
  FitnessFatigue ff(p);
  const std::vector<double> loads{300, 0, 450, 800, 0, 200, 350, 0, 0, 600};
  for (double w : loads) ff.add_day(w);
  double g = 0, h = 0;
  const int n = static_cast<int>(loads.size());
  for (int i = 0; i < n; ++i) {
    g += loads[i] * std::exp(-(n - 1 - i) / p.fitness_time_constant_days);
    h += loads[i] * std::exp(-(n - 1 - i) / p.fatigue_time_constant_days);
  }
  EXPECT_NEAR(ff.fitness(), g, 1e-9);
  EXPECT_NEAR(ff.fatigue(), h, 1e-9);
  EXPECT_NEAR(ff.performance(), 100 + p.fitness_gain * g - p.fatigue_gain * h, 1e-9);
}

TEST(AthleteFitnessFatigue, ConstantLoadSettlesAtSteadyState) {
  FitnessFatigue ff(FitnessFatigueParams{});
  for (int i = 0; i < 2000; ++i) ff.add_day(350);
  EXPECT_NEAR(ff.fitness(), ff.steady_fitness(350), 1e-6);
  EXPECT_NEAR(ff.fatigue(), ff.steady_fatigue(350), 1e-6);
}

TEST(AthleteFitnessFatigue, TaperRaisesPerformanceBecauseFatigueDecaysFaster) {
  FitnessFatigue ff(FitnessFatigueParams{});
  for (int i = 0; i < 200; ++i) ff.add_day(400);
  const double loaded = ff.performance();
  for (int i = 0; i < 7; ++i) ff.add_day(0);
  EXPECT_GT(ff.performance(), loaded);
}

TEST(AthleteInternalLoad, EwmaAcwrFollowsWilliamsLambdas) {
  InternalLoad load(InternalLoadParams{}, 100);
  load.add_day(500);
  EXPECT_NEAR(load.acute(), 0.25 * 500 + 0.75 * 100, 1e-9);
  EXPECT_NEAR(load.chronic(), 2.0 / 29 * 500 + (1 - 2.0 / 29) * 100, 1e-9);
  EXPECT_NEAR(load.acwr(), load.acute() / load.chronic(), 1e-12);
  for (int i = 0; i < 6; ++i) load.add_day(500);
  EXPECT_GT(load.acwr(), 1.5);  // a sudden five-fold week is a spike
}

}  // namespace
}  // namespace preseason
