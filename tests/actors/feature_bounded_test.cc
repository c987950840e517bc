// A bounded feature calculator keeps a ring of its latest days: its records must be bit for
// bit those of one that keeps every day, through late corrections, wraps and checkpoints.
#include <gtest/gtest.h>

#include <boost/archive/binary_iarchive.hpp>
#include <boost/archive/binary_oarchive.hpp>
#include <cmath>
#include <cstring>
#include <random>
#include <sstream>

#include "actors/features/athlete_features.h"
#include "actors/features/day_ring.h"

namespace preseason {
namespace {

constexpr std::size_t kLateDays = 28;

DailyInput day_of_season(Day d, std::mt19937_64& rng) {
  std::uniform_real_distribution<double> u(0, 1);
  DailyInput in("a", 20000 + d);
  if (u(rng) < 0.8) in[Input::kLoad] = std::floor(u(rng) * 600);
  // Runs of equal HRV values exercise the flat-window shortcut across the ring's wrap.
  if (u(rng) < 0.8) in[Input::kLnRmssd] = d % 150 < 100 ? 4.25 : 4 + 0.3 * u(rng);
  if (u(rng) < 0.8) in[Input::kSleepH] = 6 + 3 * u(rng);
  for (std::size_t k = index(kFirstWellness); k < kInputCount; ++k)
    if (u(rng) < 0.7) in.values[k] = std::floor(1 + 5 * u(rng));
  return in;
}

bool same(const FeatureRecord& a, const FeatureRecord& b) {
  return a.day == b.day && std::memcmp(a.values.data(), b.values.data(), sizeof(a.values)) == 0 &&
         std::memcmp(a.inputs.data(), b.inputs.data(), sizeof(a.inputs)) == 0 && a.quality == b.quality &&
         a.input_quality == b.input_quality && a.active_secondary == b.active_secondary;
}

// A season fed day by day, each day followed now and then by a late correction of a day up
// to kLateDays back, as a pipeline does.
struct Feeder {
  std::mt19937_64 rng{11};
  Day next = 0;

  template <class F> void feed(Day until, F&& update) {
    std::uniform_real_distribution<double> u(0, 1);
    for (; next < until; ++next) {
      update(day_of_season(next, rng));
      if (next > 0 && u(rng) < 0.2) {
        const Day back = std::min<Day>(next, static_cast<Day>(u(rng) * (kLateDays + 1)));
        DailyInput late("a", 20000 + next - back);
        late[Input::kLnRmssd] = 3.9 + 0.5 * u(rng);
        update(late);
      }
    }
  }
};

void expect_kept_days_equal(const AthleteFeatures& bounded, const AthleteFeatures& every) {
  ASSERT_EQ(bounded.last_day(), every.last_day());
  for (Day d = bounded.first_kept_day(); d <= bounded.last_day(); ++d)
    ASSERT_TRUE(same(bounded.at(d), every.at(d))) << "day " << d - 20000;
}

TEST(DayRing, KeepsTheLatestDaysAndDropsTheOldest) {
  DayRing<int> ring(2, 3);  // rounded up to 4 days of 2 values
  ring.grow(3, 7);
  ring.row(2)[1] = 5;
  EXPECT_EQ(ring.first_kept(), 0u);
  ring.prepend(1, 1);
  EXPECT_EQ(ring.row(3)[1], 5);
  EXPECT_EQ(ring.all(), (std::vector<int>{1, 1, 7, 7, 7, 7, 7, 5}));
  ring.grow(6, 9);
  EXPECT_EQ(ring.first_kept(), 2u);
  EXPECT_EQ(ring.row(3)[1], 5);
  EXPECT_EQ(ring.row(5)[0], 9);
  EXPECT_THROW(ring.all(), std::logic_error);
  EXPECT_THROW(ring.prepend(1, 0), std::length_error);

  DayRing<int> every;
  every.grow(1000, 3);
  EXPECT_EQ(every.first_kept(), 0u);
  EXPECT_EQ(every.all().size(), 1000u);
}

TEST(FeatureBounded, ASeasonWithLateCorrectionsMatchesEveryDayKept) {
  AthleteFeatures bounded({}, kLateDays), every;
  Feeder feeder;
  feeder.feed(400, [&](const DailyInput& in) {
    const FeatureUpdate a = bounded.update(in), b = every.update(in);
    ASSERT_EQ(std::tie(a.from, a.to, a.late), std::tie(b.from, b.to, b.late));
  });
  EXPECT_GT(bounded.first_kept_day(), 20000 + 250) << "the ring should have wrapped";
  EXPECT_LE(bounded.first_kept_day(), bounded.last_day() - static_cast<Day>(kLateDays));
  expect_kept_days_equal(bounded, every);
  EXPECT_THROW(bounded.records(), std::logic_error);
}

TEST(FeatureBounded, AnUpdateFurtherBackThanTheLateDaysIsRefusedAndChangesNothing) {
  AthleteFeatures bounded({}, kLateDays), every;
  Feeder feeder;
  feeder.feed(300, [&](const DailyInput& in) {
    bounded.update(in);
    every.update(in);
  });
  const Day last = bounded.last_day();
  DailyInput too_old("a", last - static_cast<Day>(kLateDays) - 40);
  too_old[Input::kLoad] = 100;
  EXPECT_THROW(bounded.update(too_old), std::out_of_range);
  DailyInput ok("a", last - static_cast<Day>(kLateDays));
  ok[Input::kLoad] = 100;
  EXPECT_THROW(bounded.update(std::vector<const DailyInput*>{&ok, &too_old}), std::out_of_range);
  EXPECT_EQ(bounded.counts().days_fed, every.counts().days_fed);
  expect_kept_days_equal(bounded, every);

  const FeatureUpdate u = bounded.update(ok);
  EXPECT_EQ(u.from, ok.day);
  every.update(ok);
  expect_kept_days_equal(bounded, every);
}

TEST(FeatureBounded, ACheckpointAfterTheRingWrapsResumesBitForBit) {
  AthleteFeatures bounded({}, kLateDays), every;
  Feeder feeder;
  const auto both = [&](const DailyInput& in) {
    bounded.update(in);
    every.update(in);
  };
  feeder.feed(250, both);
  std::stringstream bytes;
  {
    boost::archive::binary_oarchive out(bytes);
    out << bounded;
  }
  AthleteFeatures restored;
  {
    boost::archive::binary_iarchive in(bytes);
    in >> restored;
  }
  expect_kept_days_equal(restored, every);
  EXPECT_EQ(restored.first_kept_day(), bounded.first_kept_day());
  feeder.feed(400, [&](const DailyInput& in) {
    both(in);
    restored.update(in);
  });
  expect_kept_days_equal(restored, every);
  expect_kept_days_equal(bounded, every);
}

}  // namespace
}  // namespace preseason
