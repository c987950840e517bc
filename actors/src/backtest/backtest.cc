#include "actors/backtest/backtest.h"

#include <cmath>

namespace preseason {

namespace {

std::vector<Day> days_of(const std::vector<FeatureRecord>& records) {
  std::vector<Day> days;
  for (const FeatureRecord& r : records) days.push_back(r.day);
  return days;
}

}  // namespace

BacktestReport run_backtest(const std::vector<BacktestAthlete>& athletes, std::vector<FeatureExpression>& rules,
                            const std::vector<RiskScore>& scores, int horizon) {
  BacktestReport report;
  report.horizon = horizon;
  report.athletes = athletes.size();
  AlertTally coverage;  // a rule that never fires: counts injuries and labelled days alone
  std::vector<AlertTally> tallies(rules.size());
  std::vector<std::vector<ScoredDay>> scored(scores.size());
  std::vector<std::size_t> missing(scores.size(), 0);
  for (const BacktestAthlete& a : athletes) {
    if (a.records.empty()) {
      coverage.add_unobserved(a.injuries.size());
      for (AlertTally& t : tallies) t.add_unobserved(a.injuries.size());
      continue;
    }
    const std::vector<Day> days = days_of(a.records);
    const HorizonLabels labels(a.injuries, horizon, days.back());
    report.feature_days += days.size();
    coverage.add(labels, days, std::vector<bool>(days.size(), false));
    for (std::size_t k = 0; k < rules.size(); ++k) {
      std::vector<bool> alert;
      for (const FeatureRecord& r : a.records) alert.push_back(rules[k].holds(r));
      tallies[k].add(labels, days, alert);
    }
    for (const FeatureRecord& r : a.records) {
      if (!labels.labelled(r.day)) continue;
      const bool positive = labels.positive(r.day);
      report.positive_days += positive;
      for (std::size_t s = 0; s < scores.size(); ++s) {
        const double value = scores[s].of(r);
        if (std::isnan(value))
          ++missing[s];
        else
          scored[s].push_back({value, positive});
      }
    }
  }
  report.labelled_days = coverage.metrics().labelled_days;
  report.injuries = coverage.metrics().injuries;
  report.evaluable_injuries = coverage.metrics().evaluable;
  for (const AlertTally& t : tallies) report.rules.push_back(t.metrics());
  for (std::size_t s = 0; s < scores.size(); ++s) report.scores.push_back(score_metrics(scored[s], missing[s]));
  return report;
}

}  // namespace preseason
