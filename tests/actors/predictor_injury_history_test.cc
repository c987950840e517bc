#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>

#include "actors/predictor/injury_history_inputs.h"
#include "actors/predictor/lstm.h"
#include "actors/predictor/predictor.h"
#include "actors/predictor/risk_probabilities.h"
#include "actors/predictor/weighted_bce.h"
#include "engine/random.h"

namespace preseason {
namespace {

std::vector<FeatureRecord> days_from(Day first, int n) {
  std::vector<FeatureRecord> days(static_cast<std::size_t>(n));
  for (int d = 0; d < n; ++d) {
    days[static_cast<std::size_t>(d)].day = first + d;
    days[static_cast<std::size_t>(d)].values.fill(std::nan(""));
    days[static_cast<std::size_t>(d)].quality.fill(Quality::kMissing);
  }
  return days;
}

int row_of(const Eigen::MatrixXd& x, Eigen::Index day) {
  for (Eigen::Index r = 0; r < x.rows(); ++r)
    if (x(r, day) == 1) return static_cast<int>(r);
  return -1;
}

// Only reports on or before the day count, and the latest one decides the window.
TEST(PredictorInjuryHistory, OneHotOfDaysSinceTheLastReportedInjury) {
  const std::vector<FeatureRecord> days = days_from(100, 200);
  const Eigen::MatrixXd x = injury_history_inputs({110, 150}, days);
  ASSERT_EQ(x.rows(), kInjuryHistoryInputs);
  EXPECT_EQ(x.sum(), 40 + 91);  // days 110-149, then 150-240, one window each
  EXPECT_EQ(row_of(x, 9), -1);   // day 109: none yet
  EXPECT_EQ(row_of(x, 10), 0);   // the day of the report
  EXPECT_EQ(row_of(x, 17), 0);   // 7 days later
  EXPECT_EQ(row_of(x, 18), 1);   // 8 days later
  EXPECT_EQ(row_of(x, 24), 1);   // 14
  EXPECT_EQ(row_of(x, 25), 2);   // 15
  EXPECT_EQ(row_of(x, 49), 3);   // 39 days after 110
  EXPECT_EQ(row_of(x, 50), 0);   // a new report on 150
  EXPECT_EQ(row_of(x, 110), 3);  // 60 days after 150
  EXPECT_EQ(row_of(x, 111), 4);  // 61
  EXPECT_EQ(row_of(x, 140), 4);  // 90
  EXPECT_EQ(row_of(x, 141), -1);
}

TEST(PredictorInjuryHistory, ModelReadsTheRowsBelowTheFeatures) {
  PredictorModel m;
  m.encoder = FeatureEncoder({"tsb"}, {0.0}, {10.0});
  m.injury_history = true;
  Rng rng(3, 0, 0);
  m.params = LstmParams::random({m.input_width(), 3, 1}, rng);
  m.pos_weight = 5;
  AthleteHistory h;
  h.records = days_from(0, 40);
  for (FeatureRecord& r : h.records) {
    r.values[index(Feature::kTsb)] = rng.normal(0, 10);
    r.quality[index(Feature::kTsb)] = Quality::kMeasured;
  }
  h.injury_days = {12};
  const Eigen::VectorXd p = risk_probabilities(m, h, 30);
  ASSERT_EQ(p.size(), 30);
  Eigen::MatrixXd x(m.input_width(), 30);
  const std::vector<FeatureRecord> first(h.records.begin(), h.records.begin() + 30);
  x << m.encoder.encode(first), injury_history_inputs(h.injury_days, first);
  const Eigen::VectorXd logits = Lstm(m.params).logits(x);
  for (Eigen::Index d = 0; d < 30; ++d) EXPECT_NEAR(p(d), sigmoid(logits(d) - std::log(5.0)), 1e-12);

  EXPECT_THROW(risk_probabilities(m, first), std::invalid_argument);

  // A run's pipeline steps day by day with the reports it has received so far; the report
  // of day 12 arrives during day 12, after day 11 was stepped.
  const Predictor in_season(m);
  LstmState state = in_season.initial_state();
  InjuryHistory received;
  for (Eigen::Index d = 0; d < 30; ++d) {
    if (h.records[static_cast<std::size_t>(d)].day == 12) received.report(12);
    EXPECT_NEAR(in_season.step(h.records[static_cast<std::size_t>(d)], received, state), p(d), 1e-12) << "day " << d;
  }
  EXPECT_THROW(in_season.step(h.records[0], state), std::logic_error);
}

// A replay may deliver a week's reports out of order; each counts from its own day only.
TEST(PredictorInjuryHistory, ReportsKeepDayOrderWhateverTheirArrival) {
  InjuryHistory h;
  h.report(150);
  h.report(110);
  EXPECT_EQ(h.days(), (std::vector<Day>{110, 150}));
  const std::vector<FeatureRecord> days = days_from(100, 200);
  const Eigen::MatrixXd offline = injury_history_inputs({110, 150}, days);
  Eigen::VectorXd x(kInjuryHistoryInputs);
  for (std::size_t d = 0; d < days.size(); ++d) {
    h.encode(days[d].day, x);
    EXPECT_EQ(x, offline.col(static_cast<Eigen::Index>(d))) << "day " << days[d].day;
  }
}

}  // namespace
}  // namespace preseason
