#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "actors/backtest/alert_metrics.h"

namespace preseason {
namespace {

std::vector<Day> range(Day from, Day to) {
  std::vector<Day> d;
  for (Day t = from; t <= to; ++t) d.push_back(t);
  return d;
}

std::vector<bool> alerts_on(const std::vector<Day>& days, std::vector<Day> on) {
  std::vector<bool> a;
  for (Day d : days) a.push_back(std::find(on.begin(), on.end(), d) != on.end());
  return a;
}

// Days 0..14, horizon 3, so days 0..11 are labelled. Injuries on 6, 13 and 30 (no feature
// day before 30). Alerts on 2, 4, 5, 9, 12: the labelled ones are 2, 4, 5, 9, of which 4
// and 5 precede the injury on 6. Injury 6 is first alerted on 4 (lead 2), injury 13 on
// the censored day 12 (lead 1).
AlertMetrics example() {
  const std::vector<Day> days = range(0, 14);
  AlertTally tally;
  tally.add(HorizonLabels({6, 13, 30}, 3, 14), days, alerts_on(days, {2, 4, 5, 9, 12}));
  return tally.metrics();
}

TEST(BacktestAlertMetrics, PrecisionCountsLabelledAlertDays) {
  const AlertMetrics m = example();
  EXPECT_EQ(m.labelled_days, 12u);
  EXPECT_EQ(m.alerts, 4u);
  EXPECT_EQ(m.true_alerts, 2u);
  EXPECT_DOUBLE_EQ(m.precision(), 0.5);
}

TEST(BacktestAlertMetrics, RecallRestsOnInjuriesWithFeatureDaysBefore) {
  const AlertMetrics m = example();
  EXPECT_EQ(m.injuries, 3u);
  EXPECT_EQ(m.evaluable, 2u);
  EXPECT_EQ(m.detected, 2u);
  EXPECT_DOUBLE_EQ(m.recall(), 1.0);
}

TEST(BacktestAlertMetrics, LeadTimeRunsFromTheFirstAlertInTheWindow) {
  const AlertMetrics m = example();
  EXPECT_EQ(m.lead_days, (std::vector<int>{2, 1}));
  EXPECT_DOUBLE_EQ(m.median_lead(), 1.5);
  EXPECT_DOUBLE_EQ(m.mean_lead(), 1.5);
}

TEST(BacktestAlertMetrics, AnAlertOnTheInjuryDayOrBeforeTheWindowDoesNotDetect) {
  const std::vector<Day> days = range(0, 20);
  AlertTally tally;
  tally.add(HorizonLabels({10}, 3, 20), days, alerts_on(days, {6, 10}));
  EXPECT_EQ(tally.metrics().evaluable, 1u);
  EXPECT_EQ(tally.metrics().detected, 0u);
  EXPECT_DOUBLE_EQ(tally.metrics().recall(), 0.0);
  EXPECT_TRUE(std::isnan(tally.metrics().median_lead()));
}

TEST(BacktestAlertMetrics, GapsInFeatureDaysAreSkipped) {
  const std::vector<Day> days = {0, 1, 2, 8, 9, 10, 11, 12, 13, 14, 15};
  AlertTally tally;
  // Injury 6's window 3..5 has no feature day; injury 12's window 9..11 does.
  tally.add(HorizonLabels({6, 12}, 3, 15), days, alerts_on(days, {2, 9}));
  EXPECT_EQ(tally.metrics().evaluable, 1u);
  EXPECT_EQ(tally.metrics().detected, 1u);
  EXPECT_EQ(tally.metrics().lead_days, (std::vector<int>{3}));
}

TEST(BacktestAlertMetrics, SumsOverAthletesAndCountsUnobservedInjuries) {
  AlertTally tally;
  const std::vector<Day> days = range(0, 14);
  tally.add(HorizonLabels({6, 13, 30}, 3, 14), days, alerts_on(days, {2, 4, 5, 9, 12}));
  tally.add(HorizonLabels({8}, 3, 14), days, alerts_on(days, {0, 1, 7}));
  tally.add_unobserved(2);
  const AlertMetrics& m = tally.metrics();
  EXPECT_EQ(m.labelled_days, 24u);
  EXPECT_EQ(m.alerts, 7u);
  EXPECT_EQ(m.true_alerts, 3u);
  EXPECT_EQ(m.injuries, 6u);
  EXPECT_EQ(m.evaluable, 3u);
  EXPECT_EQ(m.detected, 3u);
  EXPECT_EQ(m.lead_days, (std::vector<int>{2, 1, 1}));
  EXPECT_DOUBLE_EQ(m.median_lead(), 1.0);
  EXPECT_DOUBLE_EQ(m.mean_lead(), 4.0 / 3);
}

TEST(BacktestAlertMetrics, NothingToDivideByIsNaN) {
  const AlertMetrics m;
  EXPECT_TRUE(std::isnan(m.precision()));
  EXPECT_TRUE(std::isnan(m.recall()));
  EXPECT_TRUE(std::isnan(m.mean_lead()));
}

}  // namespace
}  // namespace preseason
