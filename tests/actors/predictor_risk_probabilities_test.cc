#include <gtest/gtest.h>

#include <cmath>

#include "actors/predictor/lstm.h"
#include "actors/predictor/predictor.h"
#include "actors/predictor/risk_probabilities.h"
#include "engine/random.h"

namespace preseason {
namespace {

// Training with weight w on positives multiplies the odds by w: the reported probability
// must be the day-by-day step's probability with its odds divided by w.
TEST(PredictorRiskProbabilities, AreTheSteppedProbabilitiesWithTheirOddsDividedByThePositiveWeight) {
  PredictorModel m;
  m.encoder = FeatureEncoder({"acwr_ewma", "tsb"}, {1.0, 0.0}, {0.3, 10.0});
  Rng rng(11, 0, 0);
  m.params = LstmParams::random({6, 3, 1}, rng);
  m.pos_weight = 20;
  std::vector<FeatureRecord> days(15);
  for (std::size_t d = 0; d < days.size(); ++d) {
    days[d].day = static_cast<Day>(d);
    days[d].values.fill(std::nan(""));
    days[d].quality.fill(Quality::kMissing);
    if (d % 4 != 3) {
      days[d].values[index(Feature::kAcwrEwma)] = rng.uniform(0.5, 2.0);
      days[d].quality[index(Feature::kAcwrEwma)] = Quality::kMeasured;
    }
    days[d].values[index(Feature::kTsb)] = rng.normal(0, 10);
    days[d].quality[index(Feature::kTsb)] = Quality::kMeasured;
  }
  const Eigen::VectorXd p = risk_probabilities(m, days);
  const Lstm lstm(m.params);
  LstmState state = lstm.initial_state();
  // The in-season predictor, one day at a time, reports the same scale.
  const Predictor in_season(m);
  LstmState athlete = in_season.initial_state();
  for (std::size_t d = 0; d < days.size(); ++d) {
    const double raw = lstm.step(m.encoder.encode(days[d]), state);
    const double odds = raw / (1 - raw) / m.pos_weight;
    EXPECT_NEAR(p(static_cast<Eigen::Index>(d)), odds / (1 + odds), 1e-12) << "day " << d;
    EXPECT_NEAR(in_season.step(days[d], athlete), odds / (1 + odds), 1e-12) << "day " << d;
  }
}

}  // namespace
}  // namespace preseason
