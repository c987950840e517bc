#include <gtest/gtest.h>

#include "scenario_test_util.h"

namespace preseason {
namespace {

using testing::shipped;
using testing::write_scenario;

TEST(ScenarioHash, StableAcrossLoads) {
  const Scenario a = load_scenario(shipped("season-25.yaml"));
  const Scenario b = load_scenario(shipped("season-25.yaml"));
  EXPECT_EQ(scenario_hash(a), scenario_hash(b));
  EXPECT_EQ(scenario_hash(a).size(), 64u);
  EXPECT_EQ(a.effective_yaml, b.effective_yaml);
  EXPECT_EQ(a.effective_yaml, to_yaml(a));
}

TEST(ScenarioHash, ChangesWithAnOverride) {
  const Scenario a = load_scenario(shipped("season-25.yaml"));
  const Scenario b = load_scenario(shipped("season-25.yaml"), {"squad.size=26"});
  EXPECT_NE(scenario_hash(a), scenario_hash(b));
  // Overriding a value with what it already is changes nothing.
  const Scenario c = load_scenario(shipped("season-25.yaml"), {"squad.size=25", "policy.params.low=0.8"});
  EXPECT_EQ(scenario_hash(a), scenario_hash(c));
}

TEST(ScenarioHash, IgnoresLayoutAndSpelledOutDefaults) {
  const Scenario terse = parse_scenario("name: x\nseason: {start: 2025-07-07, end: 2025-09-14}\n", "terse.yaml");
  const Scenario verbose = parse_scenario(
      "# same season, written differently\n"
      "season:\n  end: 2025-09-14\n  start: 2025-07-07\n  match_weekday: 5\n"
      "name: x\nreplicates: 1\npolicy: {name: fixed}\n",
      "verbose.yaml");
  EXPECT_EQ(scenario_hash(terse), scenario_hash(verbose));
}

TEST(ScenarioHash, ALiveSectionIsAcceptedAndLeftOutOfTheCanonicalText) {
  const Scenario plain = parse_scenario("name: x\nseason: {start: 2025-07-07, end: 2025-09-14}\n", "plain.yaml");
  const Scenario live = parse_scenario(
      "name: x\nseason: {start: 2025-07-07, end: 2025-09-14}\n"
      "live:\n  squad: [{id: a01, devices: []}]\n  principals: [{name: c, role: coach, token_sha256: abc}]\n",
      "live.yaml");
  EXPECT_EQ(scenario_hash(plain), scenario_hash(live));
  EXPECT_EQ(live.effective_yaml.find("live"), std::string::npos);
  EXPECT_EQ(live.effective_yaml.find("token_sha256"), std::string::npos);
}

TEST(ScenarioHash, EffectiveYamlLoadsBackToTheSameScenario) {
  for (const char* file : {"season-25.yaml", "small.yaml"}) {
    const Scenario a = load_scenario(shipped(file), {"devices.gps.wear.late_upload_probability=0.1"});
    const Scenario b = load_scenario(write_scenario(std::string("effective-") + file, a.effective_yaml));
    EXPECT_EQ(a.effective_yaml, b.effective_yaml) << file;
    EXPECT_EQ(scenario_hash(a), scenario_hash(b)) << file;
    EXPECT_DOUBLE_EQ(b.devices.gps.wear.late_upload_probability, 0.1);
  }
}

TEST(ScenarioHash, CoversDeepFieldsSetInCode) {
  const Scenario a = load_scenario(shipped("small.yaml"));
  Scenario b = a;
  b.population.shared.sleep.wake_sd_h += 0.01;
  EXPECT_NE(scenario_hash(a), scenario_hash(b));
}

}  // namespace
}  // namespace preseason
