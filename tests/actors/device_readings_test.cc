#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "actors/athlete/athlete.h"
#include "actors/devices/environment_sensor.h"
#include "actors/devices/gps_unit.h"
#include "actors/devices/ring.h"
#include "actors/devices/strap.h"
#include "actors/devices/watch.h"
#include "actors/devices/wellness_app.h"

namespace preseason {
namespace {

MorningState typical_morning(Day day) {
  MorningState m;
  m.day = day;
  m.ln_rmssd = 4.2;
  m.resting_hr_bpm = 52;
  m.sleep = SleepNight{7.5, 1.5, 4.35, 1.65, 0.5};
  m.wellness = Wellness{3.6, 3.4, 3.8, 3.9, 4.0};
  return m;
}

SessionOutcome match_outcome() {
  SessionOutcome s;
  s.type = SessionType::kMatch;
  s.minutes = 95;
  s.rpe = 8.2;
  s.srpe_load = 8.2 * 95;
  s.external = ExternalLoad{10500, 850, 250, 110};
  return s;
}

// Every device, a season of days driven by a real athlete: all values in range.
TEST(DeviceReadings, AllValuesStayInTheirFieldRange) {
  Rng rng(1, 0, 0);
  Athlete a(AthleteParams{}, 0, rng);
  Ring ring(RingParams{}, rng);
  Strap strap(StrapParams{}, rng);
  Watch watch(WatchParams{}, rng);
  GpsUnit gps(GpsParams{}, rng);
  WellnessApp app(WellnessAppParams{}, rng);
  EnvironmentSensor room(EnvironmentParams{}, rng);
  std::vector<Reading> out;
  int seen[kFieldCount] = {};
  for (int d = 0; d < 300; ++d) {
    const MorningState m = a.morning(rng);
    ring.morning(m, rng, out);
    strap.morning(m, rng, out);
    watch.morning(m, rng, out);
    app.morning(m, rng, out);
    room.morning(m.day, rng, out);
    const SessionOutcome s = a.train(Session{d % 7 == 5 ? SessionType::kMatch : SessionType::kVolume, 90, 7, 0.8}, rng);
    const Time end = at(m.day, Phase::kTraining) + 90 * kMinute;
    gps.session(end, s, rng, out);
    watch.session(end, s, rng, out);
    app.session(end, s, rng, out);
    strap.end_of_day(m.day, a.today_load(), rng, out);
    a.end_of_day({}, rng);
  }
  for (const Reading& r : out) {
    const FieldInfo& f = field_info(r.field);
    ASSERT_GE(r.value, f.min) << f.vendor_name;
    ASSERT_LE(r.value, f.max) << f.vendor_name;
    ASSERT_GE(r.uploaded, r.measured) << f.vendor_name;
    ++seen[static_cast<int>(r.field)];
  }
  for (int i = 0; i < kFieldCount; ++i) EXPECT_GT(seen[i], 0) << field_info(static_cast<Field>(i)).vendor_name;
}

TEST(DeviceReadings, NonWearFractionMatchesTheParameter) {
  RingParams p;
  p.wear.non_wear_probability = 0.2;
  Rng rng(2, 0, 0);
  Ring ring(p, rng);
  std::vector<Reading> out;
  const int days = 20000;
  int worn = 0;
  for (int d = 0; d < days; ++d) {
    out.clear();
    ring.morning(typical_morning(d), rng, out);
    worn += !out.empty();
  }
  EXPECT_NEAR(1 - double(worn) / days, 0.2, 0.01);
}

TEST(DeviceReadings, LateUploadsHappenAtTheConfiguredRateAndDelay) {
  WearParams p;
  p.sync_delay_min = Distribution::fixed(5);
  p.late_upload_probability = 0.1;
  p.late_delay_h = Distribution::fixed(24);
  Rng rng(3, 0, 0);
  int late = 0;
  const int n = 20000;
  for (int i = 0; i < n; ++i) {
    const Time delay = upload_time(p, 0, rng);
    ASSERT_TRUE(delay == 5 * kMinute || delay == 5 * kMinute + 24 * kHour);
    late += delay > kHour;
  }
  EXPECT_NEAR(double(late) / n, 0.1, 0.008);
}

TEST(DeviceReadings, RingBiasShiftsHrvExactlyWithoutNoise) {
  RingParams p;
  p.wear.non_wear_probability = 0;
  p.ln_rmssd_bias = Distribution::fixed(0.1);
  p.ln_rmssd_noise_sd = 0;
  p.resting_hr_bias_bpm = Distribution::fixed(3);
  p.resting_hr_noise_sd_bpm = 0;
  Rng rng(4, 0, 0);
  Ring ring(p, rng);
  std::vector<Reading> out;
  ring.morning(typical_morning(10), rng, out);
  for (const Reading& r : out) {
    if (r.field == Field::kRingLnRmssd) {
      EXPECT_NEAR(r.value, 4.3, 1e-12);
    } else if (r.field == Field::kRingRmssd) {
      EXPECT_NEAR(r.value, std::exp(4.3), 1e-9);
    } else if (r.field == Field::kRingRestingHr) {
      EXPECT_EQ(r.value, 55);
    }
    EXPECT_EQ(r.measured, at(10, Phase::kMorning));
  }
}

TEST(DeviceReadings, RingReadinessFallsWhenHrvDropsBelowItsBaseline) {
  RingParams p;
  p.wear.non_wear_probability = 0;
  Rng rng(5, 0, 0);
  Ring ring(p, rng);
  std::vector<Reading> out;
  auto readiness = [&](double ln_rmssd, Day d) {
    out.clear();
    MorningState m = typical_morning(d);
    m.ln_rmssd = ln_rmssd;
    ring.morning(m, rng, out);
    return out.front().value;
  };
  for (int d = 0; d < 60; ++d) readiness(4.2 + 0.1 * rng.normal(), d);
  EXPECT_LT(readiness(3.8, 60), readiness(4.3, 61) - 10);
}

TEST(DeviceReadings, GpsMeasuresWithItsBiasAndNoise) {
  GpsParams p;
  p.wear.non_wear_probability = 0;
  p.distance_bias = Distribution::fixed(1.05);
  Rng rng(6, 0, 0);
  GpsUnit gps(p, rng);
  std::vector<Reading> out;
  double sum = 0, sum2 = 0;
  const int n = 5000;
  for (int i = 0; i < n; ++i) {
    out.clear();
    gps.session(0, match_outcome(), rng, out);
    ASSERT_EQ(out.size(), 4u);
    const double r = out[0].value / 10500;
    sum += r;
    sum2 += r * r;
  }
  const double mean = sum / n, sd = std::sqrt(sum2 / n - mean * mean);
  EXPECT_NEAR(mean, 1.05, 0.002);
  EXPECT_NEAR(sd, 1.05 * p.distance_cv, 0.003);
}

TEST(DeviceReadings, StrapStrainIsLogLikeInLoad) {
  StrapParams p;
  p.wear.non_wear_probability = 0;
  p.strain_noise_sd = 0;
  Rng rng(7, 0, 0);
  Strap strap(p, rng);
  std::vector<Reading> out;
  auto strain = [&](double load) {
    out.clear();
    strap.end_of_day(0, load, rng, out);
    return out.at(0).value;
  };
  const double s0 = strain(0), s400 = strain(400), s800 = strain(800), s1600 = strain(1600);
  EXPECT_LT(s0, s400);
  EXPECT_LT(s400, s800);
  EXPECT_LT(s800, s1600);
  EXPECT_GT(s800 - s400, s1600 - s800 - 1.5);  // doubling load adds about the same strain
  EXPECT_LT(s1600 - s800, s800 - s400 + 0.5);
  EXPECT_LE(strain(1e6), 21);
}

TEST(DeviceReadings, WellnessAppReportsWholePointsAndSrpeLoad) {
  WellnessAppParams p;
  p.wear.non_wear_probability = 0;
  p.session_skip_probability = 0;
  p.response_bias = Distribution::fixed(0);
  Rng rng(8, 0, 0);
  WellnessApp app(p, rng);
  std::vector<Reading> out;
  app.session(at(3, Phase::kMatch), match_outcome(), rng, out);
  ASSERT_EQ(out.size(), 3u);
  EXPECT_EQ(out[0].value, 8);
  EXPECT_EQ(out[1].value, 95);
  EXPECT_EQ(out[2].value, 760);
  EXPECT_EQ(out[0].measured, at(3, Phase::kMatch) + 30 * kMinute);
  out.clear();
  app.morning(typical_morning(4), rng, out);
  ASSERT_EQ(out.size(), 6u);
  for (const Reading& r : out) EXPECT_EQ(r.value, std::round(r.value));
}

TEST(DeviceReadings, FieldTableNamesAreVendorPrefixedAndSnakeCase) {
  for (int i = 0; i < kFieldCount; ++i) {
    const FieldInfo& f = field_info(static_cast<Field>(i));
    const std::string vendor = f.vendor_name, canonical = f.canonical;
    EXPECT_NE(vendor.find('.'), std::string::npos) << vendor;
    for (char c : canonical) EXPECT_TRUE((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_') << canonical;
    EXPECT_LT(f.min, f.max) << vendor;
  }
}

}  // namespace
}  // namespace preseason
