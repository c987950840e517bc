// `preseason check`'s domain side: outcome metrics recounted from a recording equal the
// live tally's, `--record outcomes` keeps what they need, the first diverging decision
// is the earliest day then the first athlete, and tolerances parse strictly.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>

#include "data/recording_writer.h"
#include "scenario_test_util.h"
#include "scenarios/decision_divergence.h"
#include "scenarios/metric_tolerances.h"
#include "scenarios/recorded_totals.h"
#include "scenarios/regression_check.h"
#include "scenarios/season_metrics.h"
#include "scenarios/season_run.h"

namespace preseason {
namespace {

using ::testing::HasSubstr;

struct Recorded {
  SeasonRunResult result;
  std::string path;
};

Recorded record(const std::string& name, season::RecordScope scope) {
  const Scenario s = load_scenario(testing::shipped("small.yaml"));
  SeasonRunOptions o;
  o.threads = 2;
  o.out = testing::scratch_dir() + name;
  o.record = scope;
  return {run_season(s, o), o.out};
}

void expect_same_metrics(const season::SeasonTotals& expected, const season::SeasonTotals& actual) {
  for (const SeasonMetric& m : season_metrics()) {
    const double e = m.of(expected), a = m.of(actual);
    if (std::isnan(e)) {
      EXPECT_TRUE(std::isnan(a)) << m.name;
    } else {
      EXPECT_NEAR(a, e, 1e-9 * std::max(1.0, std::fabs(e))) << m.name;
    }
  }
}

TEST(RegressionCheck, RecordedTotalsGiveTheRunsMetricsInBothScopes) {
  const Recorded all = record("all.h5", season::RecordScope::kAll);
  const Recorded outcomes = record("outcomes.h5", season::RecordScope::kOutcomes);
  ASSERT_EQ(all.result.stats.fingerprint, outcomes.result.stats.fingerprint);
  ASSERT_GT(all.result.totals.injuries + all.result.totals.illnesses, 0);
  ASSERT_GT(all.result.totals.injured_days, 0);
  expect_same_metrics(all.result.totals, recorded_totals(RecordingReader(all.path)));
  expect_same_metrics(all.result.totals, recorded_totals(RecordingReader(outcomes.path)));
}

TEST(RegressionCheck, OutcomesScopeDropsReadingsAndFeaturesButKeepsFingerprints) {
  const Recorded r = record("scope.h5", season::RecordScope::kOutcomes);
  const RecordingReader reader(r.path);
  for (const std::string& a : reader.athletes()) {
    std::vector<std::string> streams;
    for (const StreamSummary& s : reader.streams(a)) streams.push_back(s.name);
    EXPECT_THAT(streams, ::testing::ElementsAre("truth.available", "truth.injured")) << a;
    std::vector<std::string> tables;
    for (const TableSummary& t : reader.tables(a)) tables.push_back(t.name);
    EXPECT_THAT(tables, ::testing::Contains("decisions")) << a;
    EXPECT_THAT(tables, ::testing::Not(::testing::Contains("features"))) << a;
  }
  EXPECT_EQ(reader.attributes().at("fingerprint"), r.result.stats.fingerprint.hex());
  EXPECT_EQ(reader.attributes().at("decisions_fingerprint"), r.result.decisions.hex());
}

TEST(RegressionCheck, IdenticalRunsPassWithoutComparingOutcomes) {
  const Recorded a = record("a.h5", season::RecordScope::kOutcomes);
  const Recorded b = record("b.h5", season::RecordScope::kAll);
  const CheckReport report = check_regression(b.path, a.path, {});
  EXPECT_TRUE(report.identical());
  EXPECT_TRUE(report.passed());
  EXPECT_TRUE(report.metrics.empty());
}

// Decisions at 07:30 on the given days, all `keep` unless the day is listed in `reduce`.
std::string write_decisions(const std::string& name, const std::vector<std::pair<std::string, std::vector<Day>>>& rows,
                            Day reduce) {
  const std::string path = testing::scratch_dir() + name;
  RecordingWriter w(path, {"test", "hand-made"});
  w.set_attribute("fingerprint", name);
  w.set_attribute("decisions_fingerprint", name);
  for (const auto& [athlete, days] : rows) {
    w.add_athlete(athlete);
    EventTable t;
    for (Day d : days) {
      t.column<std::int64_t>("time").push_back(start_of(d) + 7 * kHour + 30 * kMinute);
      t.column<std::string>("action").push_back(d == reduce ? "scale_load" : "keep");
      t.column<double>("planned_minutes").push_back(60);
      t.column<double>("minutes").push_back(d == reduce ? 45 : 60);
      t.column<double>("planned_rpe").push_back(6);
      t.column<std::string>("reason").push_back(d == reduce ? "acwr high" : "");
    }
    w.append_rows(athlete, "decisions", t);
  }
  w.close();
  return path;
}

TEST(RegressionCheck, FirstDivergenceIsTheEarliestDayThenTheFirstAthlete) {
  const std::string golden = write_decisions("g.h5", {{"a01", {1, 2, 3, 4}}, {"a02", {1, 2, 3, 4}}}, -1);
  // a02 lacks day 3 (a missing row diverges too), a01 changes on day 3: a01 comes first.
  const std::string run = write_decisions("r.h5", {{"a01", {1, 2, 3, 4}}, {"a02", {1, 2, 4}}}, 3);
  const auto d = first_divergence(RecordingReader(golden), RecordingReader(run));
  ASSERT_TRUE(d);
  EXPECT_EQ(d->day, 3);
  EXPECT_EQ(d->athlete, "a01");
  ASSERT_TRUE(d->golden && d->run);
  EXPECT_EQ(d->golden->action, "keep");
  EXPECT_EQ(d->run->action, "scale_load");
  EXPECT_EQ(d->run->minutes, 45);

  const std::string later = write_decisions("l.h5", {{"a01", {1, 2, 3, 4}}, {"a02", {1, 3, 4}}}, 4);
  const auto m = first_divergence(RecordingReader(golden), RecordingReader(later));
  ASSERT_TRUE(m);
  EXPECT_EQ(m->day, 2);
  EXPECT_EQ(m->athlete, "a02");
  EXPECT_TRUE(m->golden);
  EXPECT_FALSE(m->run);
  EXPECT_FALSE(first_divergence(RecordingReader(golden), RecordingReader(golden)));
}

TEST(RegressionCheck, RecordingsOfDifferentSquadsAreRefused) {
  const std::string golden = write_decisions("sq1.h5", {{"a01", {1}}, {"a02", {1}}}, -1);
  const std::string run = write_decisions("sq2.h5", {{"a01", {1}}}, -1);
  try {
    check_regression(run, golden, {});
    FAIL() << "expected a CheckInputError";
  } catch (const CheckInputError& e) {
    EXPECT_THAT(e.what(), HasSubstr("squad 2 athletes a01 .. a02 vs 1 athletes a01 .. a01"));
  }
}

TEST(RegressionCheck, TolerancesParseStrictly) {
  const Tolerances t = parse_tolerances({"availability_pct=0.5", "injuries_per_athlete_season=0"});
  EXPECT_EQ(t.at("availability_pct"), 0.5);
  EXPECT_EQ(t.at("injuries_per_athlete_season"), 0);
  const auto message = [](const std::string& option) {
    try {
      parse_tolerances({option});
    } catch (const CheckInputError& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  EXPECT_THAT(message("availabilty_pct=1"), HasSubstr("did you mean 'availability_pct'?"));
  EXPECT_THAT(message("availability_pct=-1"), HasSubstr("expected a finite number >= 0, found '-1'"));
  EXPECT_THAT(message("availability_pct=1x"), HasSubstr("found '1x'"));
  EXPECT_THAT(message("availability_pct"), HasSubstr("expected METRIC=VALUE"));
  EXPECT_THROW(parse_tolerances({"adjusted_pct=1", "adjusted_pct=2"}), CheckInputError);
}

TEST(RegressionCheck, ToleranceDecidesAChangedRun) {
  CheckReport r;
  r.golden_fingerprint = "a";
  r.run_fingerprint = "b";
  r.metrics = {{"availability_pct", "availability %", 90, 90.4, 0.5, true}};
  EXPECT_FALSE(r.passed()) << "without --tolerance any change is a regression";
  r.tolerances_given = true;
  EXPECT_TRUE(r.passed());
  r.metrics.push_back({"adjusted_pct", "adjusted %", 10, 11, 0, false});
  EXPECT_FALSE(r.passed());
}

}  // namespace
}  // namespace preseason
