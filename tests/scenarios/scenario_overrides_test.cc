#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "scenario_test_util.h"

namespace preseason {
namespace {

using ::testing::HasSubstr;
using testing::load_error;
using testing::shipped;

TEST(ScenarioOverrides, ChangeValuesAtEveryDepth) {
  const Scenario s = load_scenario(shipped("season-25.yaml"),
                                   {"policy.name=fixed", "squad.size=40", "seed=7",
                                    "devices.ring.wear.non_wear_probability=0.2", "calendar.matches_per_week=2",
                                    "squad.population.fatigue_gain={normal: [2.5, 0.2]}"});
  EXPECT_EQ(s.policy.name, "fixed");
  EXPECT_TRUE(s.policy.params.empty());
  EXPECT_EQ(s.squad_size, 40u);
  EXPECT_EQ(s.seed, 7u);
  EXPECT_DOUBLE_EQ(s.devices.ring.wear.non_wear_probability, 0.2);
  EXPECT_EQ(s.calendar.matches_per_week, 2);
  EXPECT_DOUBLE_EQ(s.population.fatigue_gain.a, 2.5);
  EXPECT_TRUE(std::isinf(s.population.fatigue_gain.hi));
}

TEST(ScenarioOverrides, CreateSectionsAndIndexLists) {
  const Scenario s = load_scenario(shipped("small.yaml"),
                                   {"policy.name=acwr_band", "policy.params.high=1.4", "devices.mixes.0.share=0.6",
                                    "devices.mixes.1.share=0.4", "squad.athletes.0.overrides.running_capacity=0.9"});
  EXPECT_EQ(s.policy.name, "acwr_band");
  EXPECT_DOUBLE_EQ(s.policy.params.at("low"), 0.8);
  EXPECT_DOUBLE_EQ(s.policy.params.at("high"), 1.4);
  EXPECT_DOUBLE_EQ(s.device_mixes[0].share, 0.6);
  EXPECT_DOUBLE_EQ(s.athletes[0].overrides.at("running_capacity"), 0.9);
  EXPECT_DOUBLE_EQ(s.athletes[0].overrides.at("habitual_daily_load"), 280);
}

TEST(ScenarioOverrides, ReplaceAWholeSection) {
  const Scenario s = load_scenario(shipped("season-25.yaml"), {"policy={name: fixed}"});
  EXPECT_EQ(s.policy.name, "fixed");
}

TEST(ScenarioOverrides, UnknownKeyFails) {
  const std::string msg = load_error(shipped("season-25.yaml"), {"squad.sise=40"});
  EXPECT_THAT(msg, HasSubstr("season-25.yaml: override 'squad.sise=40': squad.sise: unknown key (did you mean "
                             "'size'?)"));
  EXPECT_THAT(load_error(shipped("small.yaml"), {"devices.rings.wear.non_wear_probability=0.2"}),
              HasSubstr("override 'devices.rings.wear.non_wear_probability=0.2': devices.rings: unknown key (did "
                        "you mean 'ring'?)"));
}

TEST(ScenarioOverrides, BadValueNamesTheOverride) {
  EXPECT_THAT(load_error(shipped("small.yaml"), {"squad.size=-3"}),
              HasSubstr("small.yaml: override 'squad.size=-3': squad.size: expected a positive integer, found -3"));
  EXPECT_THAT(load_error(shipped("small.yaml"), {"policy.name=acwr"}),
              HasSubstr("override 'policy.name=acwr': policy.name: expected one of fixed, acwr_band"));
  // The shares no longer add up because of the override, so the override is blamed.
  EXPECT_THAT(load_error(shipped("small.yaml"), {"devices.mixes.0.share=0.7"}),
              HasSubstr("override 'devices.mixes.0.share=0.7': devices.mixes: expected shares summing to 1"));
}

TEST(ScenarioOverrides, MalformedOverrides) {
  EXPECT_THAT(load_error(shipped("small.yaml"), {"squad.size"}),
              HasSubstr("override 'squad.size': expected KEY=VALUE"));
  EXPECT_THAT(load_error(shipped("small.yaml"), {"devices.mixes.5.share=1"}),
              HasSubstr("override 'devices.mixes.5.share=1': devices.mixes: expected an index below 2, found 5"));
  EXPECT_THAT(load_error(shipped("small.yaml"), {"seed.value=3"}),
              HasSubstr("override 'seed.value=3': seed: is a value, not a section"));
  EXPECT_THAT(load_error(shipped("small.yaml"), {"squad..size=3"}), HasSubstr("without empty parts"));
}

TEST(ScenarioOverrides, LaterOverridesWin) {
  const Scenario s = load_scenario(shipped("small.yaml"), {"seed=3", "seed=9"});
  EXPECT_EQ(s.seed, 9u);
}

}  // namespace
}  // namespace preseason
