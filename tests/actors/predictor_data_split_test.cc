#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <set>

#include "actors/predictor/data_split.h"
#include "actors/predictor/fit_predictor.h"
#include "engine/random.h"

namespace preseason {
namespace {

constexpr Day kStart = 20000;

// `athletes` per recording over `days` days; acwr_ewma and tsb vary, events every ~20 days.
std::vector<AthleteHistory> synthetic(const std::vector<std::string>& recordings, int athletes, int days) {
  std::vector<AthleteHistory> out;
  Rng rng(3, 0, 0);
  for (const std::string& rec : recordings) {
    for (int a = 0; a < athletes; ++a) {
      AthleteHistory h;
      h.recording = rec;
      h.athlete = "a" + std::to_string(10 + a);
      const int offset = a % 3;  // staggered starts: the cut is a date, not a share of each athlete
      for (int d = offset; d < days; ++d) {
        FeatureRecord r;
        r.day = kStart + d;
        r.values.fill(std::nan(""));
        r.quality.fill(Quality::kMissing);
        for (Feature f : {Feature::kAcwrEwma, Feature::kTsb, Feature::kMonotony}) {
          r.values[index(f)] = rng.normal(f == Feature::kAcwrEwma ? 1.0 : 0.0, 1.0) + 0.01 * d;
          r.quality[index(f)] = Quality::kMeasured;
        }
        h.records.push_back(r);
        if (rng.uniform() < 0.05) h.events.push_back(r.day + 3);
      }
      out.push_back(std::move(h));
    }
  }
  return out;
}

TEST(PredictorDataSplit, HeldOutAthletesAreNeverFittedOrValidatedOnInAnyRecording) {
  const std::vector<AthleteHistory> h = synthetic({"x.h5", "y.h5"}, 10, 120);
  const DataSplit s = split_histories(h, {0.3, 0.25, 5, 7});
  ASSERT_EQ(s.held_out_athletes.size(), 3u);
  ASSERT_EQ(s.training_athletes.size(), 7u);
  const std::set<std::string> held(s.held_out_athletes.begin(), s.held_out_athletes.end());
  for (const auto* parts : {&s.fit, &s.validation}) {
    for (const HistoryPart& p : *parts) EXPECT_EQ(held.count(h[p.history].athlete), 0u) << h[p.history].athlete;
  }
  EXPECT_EQ(s.test.size(), 6u);  // three athletes in each recording
  for (const HistoryPart& p : s.test) EXPECT_EQ(held.count(h[p.history].athlete), 1u);
  EXPECT_EQ(split_histories(h, {0.3, 0.25, 5, 7}).held_out_athletes, s.held_out_athletes);
  EXPECT_NE(split_histories(h, {0.3, 0.25, 6, 7}).held_out_athletes, s.held_out_athletes);
}

TEST(PredictorDataSplit, FittingLabelsNeverLookPastTheCutAndValidationComesAfterIt) {
  const std::vector<AthleteHistory> h = synthetic({"x.h5"}, 8, 100);
  const DataSplit s = split_histories(h, {0.25, 0.25, 1, 7});
  ASSERT_EQ(s.cuts.size(), 1u);
  const Day cut = s.cuts[0].first_validation_day;
  EXPECT_EQ(cut, kStart + 75);  // the first 75 % of the 100-day calendar
  for (const HistoryPart& p : s.fit) {
    const std::vector<double> y = part_labels(h[p.history], p, 7);
    for (std::size_t k = 0; k < p.end; ++k) {
      EXPECT_LT(h[p.history].records[k].day, cut);
      if (!std::isnan(y[k])) {
        EXPECT_LE(h[p.history].records[k].day + 7, cut - 1);
      }
    }
  }
  for (const HistoryPart& p : s.validation) {
    const std::vector<double> y = part_labels(h[p.history], p, 7);
    for (std::size_t k = 0; k < p.end; ++k) {
      if (!std::isnan(y[k])) {
        EXPECT_GE(h[p.history].records[k].day, cut);
      }
    }
  }
}

TEST(PredictorDataSplit, NormalisationAndBaselineSeeOnlyTrainingAthletesFittingDays) {
  const std::vector<AthleteHistory> h = synthetic({"x.h5", "y.h5"}, 6, 90);
  FitOptions o;
  o.split = {0.34, 0.3, 2, 7};
  o.train.hidden = 2;
  o.train.max_epochs = 1;
  const FitResult r = fit_predictor(h, o);
  const std::set<std::string> held(r.split.held_out_athletes.begin(), r.split.held_out_athletes.end());
  ASSERT_FALSE(held.empty());
  // Recomputed from the histories, the cut date and the held-out list alone.
  for (Feature f : {Feature::kAcwrEwma, Feature::kTsb}) {
    std::vector<double> v;
    std::vector<double> labelled;  // the baseline's rows: fitting days whose horizon ends before the cut
    for (const AthleteHistory& a : h) {
      if (held.count(a.athlete)) continue;
      Day cut = 0;
      for (const RecordingCut& c : r.split.cuts)
        if (c.recording == a.recording) cut = c.first_validation_day;
      for (const FeatureRecord& d : a.records) {
        if (d.day < cut) v.push_back(d[f]);
        if (d.day + 7 <= std::min(cut - 1, a.records.back().day)) labelled.push_back(d[f]);
      }
    }
    auto mean_of = [](const std::vector<double>& x) {
      double m = 0;
      for (double e : x) m += e;
      return m / static_cast<double>(x.size());
    };
    const double mean = mean_of(v);
    double ss = 0;
    for (double x : v) ss += (x - mean) * (x - mean);
    const double sd = std::sqrt(ss / static_cast<double>(v.size() - 1));
    EXPECT_NEAR(r.model.encoder.mean()[index(f)], mean, 1e-12);
    EXPECT_NEAR(r.model.encoder.sd()[index(f)], sd, 1e-12);
    const std::size_t b = f == Feature::kAcwrEwma ? 0 : 3;  // acwr_ewma, monotony, strain, tsb
    EXPECT_NEAR(r.model.baseline.encoder().mean()[b], mean_of(labelled), 1e-12);
  }
  // A feature that is never present gets the neutral normalisation.
  EXPECT_EQ(r.model.encoder.mean()[index(Feature::kHrvZ)], 0);
  EXPECT_EQ(r.model.encoder.sd()[index(Feature::kHrvZ)], 1);
  EXPECT_EQ(r.model.provenance.held_out_athletes, r.split.held_out_athletes);
}

TEST(PredictorDataSplit, RefusesSplitsThatLeaveNothingToFitOrValidate) {
  const std::vector<AthleteHistory> h = synthetic({"x.h5"}, 4, 12);
  EXPECT_THROW(split_histories(h, {0.25, 0.25, 1, 7}), std::invalid_argument);  // 12 days: no validation label
  EXPECT_THROW(split_histories(synthetic({"x.h5"}, 4, 100), {1.0, 0.25, 1, 7}), std::invalid_argument);
  EXPECT_THROW(split_histories(synthetic({"x.h5"}, 4, 100), {0.2, 0.0, 1, 7}), std::invalid_argument);
}

TEST(PredictorDataSplit, HeldOutCountRoundsButKeepsOneOnEachSide) {
  const std::set<std::string> two = {"a", "b"};
  EXPECT_EQ(held_out_athletes(two, 0.1, 1).size(), 1u);
  EXPECT_EQ(held_out_athletes(two, 0.9, 1).size(), 1u);
  EXPECT_TRUE(held_out_athletes(two, 0, 1).empty());
  std::set<std::string> many;
  for (int k = 0; k < 25; ++k) many.insert("a" + std::to_string(k));
  EXPECT_EQ(held_out_athletes(many, 0.2, 1).size(), 5u);
}

}  // namespace
}  // namespace preseason
