#include <cmath>

#include <gtest/gtest.h>

#include "scenario_test_util.h"
#include "scenarios/device_kind_names.h"

namespace preseason {
namespace {

using testing::shipped;

TEST(ShippedScenarios, Season25Loads) {
  const Scenario s = load_scenario(shipped("season-25.yaml"));
  EXPECT_EQ(s.name, "season-25");
  EXPECT_EQ(s.seed, 25u);
  EXPECT_EQ(s.replicates, 20u);
  EXPECT_EQ(s.squad_size, 25u);
  EXPECT_EQ(format_date(s.calendar.season_start), "2025-07-01");
  EXPECT_EQ(format_date(s.calendar.season_end), "2026-05-04");
  EXPECT_EQ((s.calendar.season_end - s.calendar.season_start + 1), 44 * 7);
  EXPECT_EQ(s.calendar.preseason_weeks, 6);
  EXPECT_EQ(s.calendar.match_weekday, 5);
  EXPECT_EQ(s.calendar.preseason_rest_weekday, 6);
  EXPECT_EQ(s.policy.name, "acwr_band");
  EXPECT_DOUBLE_EQ(s.policy.params.at("low"), 0.8);
  EXPECT_DOUBLE_EQ(s.policy.params.at("high"), 1.3);
}

TEST(ShippedScenarios, Season25DistributionsLand) {
  const Scenario s = load_scenario(shipped("season-25.yaml"));
  const Distribution& load = s.population.habitual_daily_load;
  EXPECT_EQ(load.kind, Distribution::Kind::kNormal);
  EXPECT_DOUBLE_EQ(load.a, 350);
  EXPECT_DOUBLE_EQ(load.b, 40);
  EXPECT_DOUBLE_EQ(load.lo, 200);
  EXPECT_DOUBLE_EQ(load.hi, 550);
  const Distribution& days_out = s.population.shared.injury.days_out;
  EXPECT_EQ(days_out.kind, Distribution::Kind::kLognormal);
  EXPECT_DOUBLE_EQ(days_out.a, 8);
  EXPECT_DOUBLE_EQ(days_out.b, 1.1);
  EXPECT_EQ(s.calendar.tz_shift_h.kind, Distribution::Kind::kUniform);
  EXPECT_DOUBLE_EQ(s.calendar.tz_shift_h.b, 3.999);
  EXPECT_TRUE(std::isinf(s.calendar.tz_shift_h.lo));
  EXPECT_DOUBLE_EQ(s.population.shared.injury.baseline_match_per_1000h, 11.0);
  EXPECT_DOUBLE_EQ(s.population.shared.illness.baseline_per_day, 0.0022);
  EXPECT_DOUBLE_EQ(s.lifestyle.post_match_alcohol_probability, 0.3);
}

TEST(ShippedScenarios, Season25DeviceMixesAndSettings) {
  const Scenario s = load_scenario(shipped("season-25.yaml"));
  ASSERT_EQ(s.device_mixes.size(), 3u);
  EXPECT_EQ(s.device_mixes[0].name, "ring_app_gps");
  EXPECT_DOUBLE_EQ(s.device_mixes[0].share, 0.4);
  EXPECT_EQ(s.device_mixes[0].devices,
            (std::vector<DeviceKind>{DeviceKind::kRing, DeviceKind::kWellnessApp, DeviceKind::kGps}));
  EXPECT_EQ(s.device_mixes[2].devices.back(), DeviceKind::kEnvironment);
  double total = 0;
  for (const DeviceMix& m : s.device_mixes) total += m.share;
  EXPECT_NEAR(total, 1, 1e-12);
  EXPECT_DOUBLE_EQ(s.devices.watch.wear.non_wear_probability, 0.12);
  EXPECT_DOUBLE_EQ(s.devices.wellness_app.wear.non_wear_probability, 0.15);
  // Left out of the file: the struct's default survives.
  EXPECT_DOUBLE_EQ(s.devices.ring.readiness_centre, RingParams{}.readiness_centre);
}

TEST(ShippedScenarios, Season25ExplicitAthletes) {
  const Scenario s = load_scenario(shipped("season-25.yaml"));
  ASSERT_EQ(s.athletes.size(), 3u);
  EXPECT_EQ(s.athletes[0].id, "a01");
  EXPECT_EQ(s.athletes[0].position, "goalkeeper");
  EXPECT_DOUBLE_EQ(s.athletes[0].overrides.at("habitual_daily_load"), 260);
  EXPECT_DOUBLE_EQ(s.athletes[0].overrides.at("running_capacity"), 0.8);
  EXPECT_DOUBLE_EQ(s.athletes[1].overrides.at("habitual_sleep_h"), 6.6);
  EXPECT_EQ(s.athletes[2].overrides.size(), 2u);
}

TEST(ShippedScenarios, SmallLoads) {
  const Scenario s = load_scenario(shipped("small.yaml"));
  EXPECT_EQ(s.name, "small");
  EXPECT_EQ(s.squad_size, 6u);
  EXPECT_EQ(s.replicates, 2u);
  EXPECT_EQ(s.calendar.season_end - s.calendar.season_start + 1, 10 * 7);
  EXPECT_EQ(s.calendar.preseason_weeks, 3);
  EXPECT_EQ(s.policy.name, "fixed");
  EXPECT_TRUE(s.policy.params.empty());
  ASSERT_EQ(s.device_mixes.size(), 2u);
  // Everything not written keeps the model defaults.
  EXPECT_EQ(s.population.fatigue_gain.kind, AthletePopulation{}.fatigue_gain.kind);
  EXPECT_DOUBLE_EQ(s.population.fatigue_gain.a, AthletePopulation{}.fatigue_gain.a);
  EXPECT_DOUBLE_EQ(s.roles.recovery_threshold_min, SquadRoleParams{}.recovery_threshold_min);
}

TEST(ShippedScenarios, DescribeNamesTheEssentials) {
  const std::string text = describe(load_scenario(shipped("season-25.yaml")));
  EXPECT_NE(text.find("season-25"), std::string::npos) << text;
  EXPECT_NE(text.find("2025-07-01 .. 2026-05-04, 44 weeks (6 pre-season)"), std::string::npos) << text;
  EXPECT_NE(text.find("25 athletes, 3 named"), std::string::npos) << text;
  EXPECT_NE(text.find("40% ring_app_gps: ring, wellness_app, gps"), std::string::npos) << text;
  EXPECT_NE(text.find("acwr_band (high 1.3, low 0.8)"), std::string::npos) << text;
}

}  // namespace
}  // namespace preseason
