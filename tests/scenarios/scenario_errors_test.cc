// Each kind of mistake in a scenario file gives a message with the file, the
// line, the key path, what was expected and what was found.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "scenario_test_util.h"

namespace preseason {
namespace {

using ::testing::HasSubstr;
using testing::kMinimal;
using testing::load_error;
using testing::write_scenario;

std::string error_of(const std::string& file, const std::string& text) {
  return load_error(write_scenario(file, text));
}

TEST(ScenarioErrors, MinimalScenarioLoads) { EXPECT_EQ(error_of("minimal.yaml", kMinimal), ""); }

TEST(ScenarioErrors, MissingFileNamesThePath) {
  const std::string msg = load_error("/nonexistent/dir/season-99.yaml");
  EXPECT_THAT(msg, HasSubstr("/nonexistent/dir/season-99.yaml"));
  EXPECT_THAT(msg, HasSubstr("no such file"));
}

TEST(ScenarioErrors, SyntaxErrorHasLineAndColumn) {
  const std::string msg = error_of("syntax.yaml", std::string(kMinimal) + "squad:\n  size: [1, 2\n");
  EXPECT_THAT(msg, HasSubstr("syntax.yaml:"));
  EXPECT_THAT(msg, HasSubstr("YAML syntax error"));
  EXPECT_THAT(msg, ::testing::ContainsRegex("syntax\\.yaml:[0-9]+:[0-9]+: "));
}

TEST(ScenarioErrors, NegativeCount) {
  const std::string msg = error_of("season-25.yaml", std::string(kMinimal) + "squad:\n  size: -3\n");
  EXPECT_THAT(msg, HasSubstr("season-25.yaml:6: squad.size: expected a positive integer, found -3"));
}

TEST(ScenarioErrors, WrongType) {
  EXPECT_THAT(error_of("type.yaml", std::string(kMinimal) + "replicates: many\n"),
              HasSubstr("type.yaml:5: replicates: expected a positive integer, found many"));
  EXPECT_THAT(error_of("type2.yaml", std::string(kMinimal) + "squad:\n  size: 2.5\n"),
              HasSubstr("type2.yaml:6: squad.size: expected a positive integer, found 2.5"));
  EXPECT_THAT(error_of("type3.yaml", std::string(kMinimal) + "squad: [1, 2]\n"),
              HasSubstr("type3.yaml:5: squad: expected a map of keys, found a list"));
  EXPECT_THAT(error_of("type4.yaml", std::string(kMinimal) + "squad:\n  lifestyle:\n"
                                                            "    post_match_alcohol_probability: often\n"),
              HasSubstr("type4.yaml:7: squad.lifestyle.post_match_alcohol_probability: expected a probability in "
                        "[0, 1], found often"));
}

TEST(ScenarioErrors, ProbabilityOutOfRange) {
  const std::string msg = error_of(
      "prob.yaml", std::string(kMinimal) + "devices:\n  ring:\n    wear:\n      non_wear_probability: 1.5\n");
  EXPECT_THAT(msg, HasSubstr("prob.yaml:8: devices.ring.wear.non_wear_probability: expected a probability in "
                             "[0, 1], found 1.5"));
}

TEST(ScenarioErrors, UnknownKeySuggestsClosest) {
  const std::string msg = error_of("typo.yaml", std::string(kMinimal) + "squad:\n  sise: 30\n");
  EXPECT_THAT(msg, HasSubstr("typo.yaml:6: squad.sise: unknown key (did you mean 'size'?)"));
  EXPECT_THAT(msg, HasSubstr("expected one of size, population"));
}

TEST(ScenarioErrors, UnknownKeyDeepInsideAndAtTopLevel) {
  EXPECT_THAT(error_of("deep.yaml", std::string(kMinimal) +
                                        "squad:\n  shared:\n    injury:\n      acwr_spike_ratio: 2\n"),
              HasSubstr("deep.yaml:8: squad.shared.injury.acwr_spike_ratio: unknown key (did you mean "
                        "'acwr_spike_rr'?)"));
  EXPECT_THAT(error_of("top.yaml", std::string(kMinimal) + "replicate: 3\n"),
              HasSubstr("top.yaml:5: replicate: unknown key (did you mean 'replicates'?)"));
  // Nothing close: no guess, but the known keys are listed.
  const std::string far = error_of("far.yaml", std::string(kMinimal) + "weather: sunny\n");
  EXPECT_THAT(far, HasSubstr("far.yaml:5: weather: unknown key; expected one of name, seed, replicates"));
}

TEST(ScenarioErrors, DrawnFieldInSharedPointsToPopulation) {
  const std::string msg =
      error_of("drawn.yaml", std::string(kMinimal) + "squad:\n  shared:\n    sleep:\n      habitual_h: 7\n");
  EXPECT_THAT(msg, HasSubstr("drawn.yaml:8: squad.shared.sleep.habitual_h: is drawn per athlete; set "
                             "squad.population.habitual_sleep_h"));
}

TEST(ScenarioErrors, DuplicateKey) {
  const std::string msg = error_of("dup.yaml", std::string(kMinimal) + "seed: 1\nseed: 2\n");
  EXPECT_THAT(msg, HasSubstr("dup.yaml:6: seed: key given twice (first on line 5)"));
}

TEST(ScenarioErrors, SharesMustSumToOne) {
  const std::string msg = error_of("shares.yaml", std::string(kMinimal) +
                                                      "devices:\n"
                                                      "  mixes:\n"
                                                      "    - {name: a, share: 0.5, devices: [ring]}\n"
                                                      "    - {name: b, share: 0.4, devices: [watch]}\n");
  EXPECT_THAT(msg, HasSubstr("shares.yaml:7: devices.mixes: expected shares summing to 1, found shares summing "
                             "to 0.9"));
}

TEST(ScenarioErrors, UnknownDeviceKind) {
  const std::string msg = error_of("kind.yaml", std::string(kMinimal) +
                                                    "devices:\n"
                                                    "  mixes:\n"
                                                    "    - name: a\n"
                                                    "      devices: [ring,\n"
                                                    "                wristband]\n");
  EXPECT_THAT(msg, HasSubstr("kind.yaml:9: devices.mixes[0] (a).devices[1]: expected a device kind (ring, strap, "
                             "watch, gps, wellness_app, environment), found wristband"));
}

TEST(ScenarioErrors, ImpossibleDate) {
  const std::string msg = error_of("date.yaml",
                                   "name: d\n"
                                   "season:\n"
                                   "  start: 2025-02-30\n"
                                   "  end: 2025-09-14\n");
  EXPECT_THAT(msg, HasSubstr("date.yaml:3: season.start: expected a date YYYY-MM-DD, found 2025-02-30"));
}

TEST(ScenarioErrors, EndBeforeStart) {
  const std::string msg = error_of("order.yaml",
                                   "name: d\n"
                                   "season:\n"
                                   "  start: 2025-07-07\n"
                                   "  end: 2025-06-30\n");
  EXPECT_THAT(msg, HasSubstr("order.yaml:4: season.end: expected a date on or after start (2025-07-07), found "
                             "2025-06-30"));
}

TEST(ScenarioErrors, MissingSeason) {
  EXPECT_THAT(error_of("noseason.yaml", "name: x\n"), HasSubstr("noseason.yaml:1: season: missing; expected a season section"));
  EXPECT_THAT(error_of("nostart.yaml", "season:\n  end: 2025-09-14\n"),
              HasSubstr("nostart.yaml:2: season.start: missing; expected a date YYYY-MM-DD"));
}

TEST(ScenarioErrors, UnknownPolicy) {
  const std::string msg = error_of("policy.yaml", std::string(kMinimal) + "policy:\n  name: acwr\n");
  EXPECT_THAT(msg, HasSubstr("policy.yaml:6: policy.name: expected one of fixed, acwr_band, hrv_guided, tsb_target, "
                             "lstm_risk, composite, expression, found acwr (did you mean 'acwr_band'?)"));
}

TEST(ScenarioErrors, AcwrBandLimits) {
  EXPECT_THAT(error_of("band.yaml", std::string(kMinimal) +
                                        "policy:\n  name: acwr_band\n  params: {low: 1.4, high: 1.3}\n"),
              HasSubstr("band.yaml:7: policy.params.high: expected a value above low (1.4), found 1.3"));
  EXPECT_THAT(error_of("band2.yaml", std::string(kMinimal) + "policy:\n  name: acwr_band\n  params: {low: 0}\n"),
              HasSubstr("band2.yaml:7: policy.params.low: expected a number > 0, found 0"));
  EXPECT_THAT(error_of("band3.yaml", std::string(kMinimal) + "policy:\n  name: fixed\n  params: {low: 0.8}\n"),
              HasSubstr("band3.yaml:7: policy.params.low: unknown key; expected no keys here"));
}

TEST(ScenarioErrors, BadDistributions) {
  const std::string head = std::string(kMinimal) + "squad:\n  population:\n";
  EXPECT_THAT(error_of("sd.yaml", head + "    habitual_daily_load: {normal: [350, -40]}\n"),
              HasSubstr("sd.yaml:7: squad.population.habitual_daily_load.normal: expected [mean, sd] with sd >= 0, "
                        "found [350, -40]"));
  EXPECT_THAT(error_of("median.yaml", head + "    habitual_sleep_h: {lognormal: [0, 0.2]}\n"),
              HasSubstr("median.yaml:7: squad.population.habitual_sleep_h.lognormal: expected [median, sigma] with "
                        "median > 0"));
  EXPECT_THAT(error_of("bounds.yaml", head + "    fatigue_gain: {normal: [2, 0.3], lo: 3, hi: 1}\n"),
              HasSubstr("bounds.yaml:7: squad.population.fatigue_gain.hi: expected hi >= lo (3), found 1"));
  EXPECT_THAT(error_of("uniform.yaml", head + "    running_capacity: {uniform: [1.2, 0.8]}\n"),
              HasSubstr("uniform.yaml:7: squad.population.running_capacity.uniform: expected [a, b] with a <= b"));
  EXPECT_THAT(error_of("kind.yaml", head + "    fatigue_gain: {gamma: [2, 1]}\n"),
              HasSubstr("kind.yaml:7: squad.population.fatigue_gain.gamma: unknown key"));
  EXPECT_THAT(error_of("pair.yaml", head + "    fatigue_gain: {normal: [2]}\n"),
              HasSubstr("pair.yaml:7: squad.population.fatigue_gain.normal: expected a list of two numbers, found "
                        "a list"));
  EXPECT_THAT(error_of("two.yaml", head + "    fatigue_gain: {normal: [2, 1], uniform: [1, 2]}\n"),
              HasSubstr("two.yaml:7: squad.population.fatigue_gain: expected one kind of distribution, found "
                        "normal, uniform"));
}

TEST(ScenarioErrors, ExplicitAthletes) {
  const std::string head = std::string(kMinimal) + "squad:\n  size: 2\n  athletes:\n";
  EXPECT_THAT(error_of("ath.yaml", head + "    - {id: a1, overrides: {sleep_hours: 7}}\n"),
              HasSubstr("ath.yaml:8: squad.athletes[0].overrides.sleep_hours: unknown key"));
  EXPECT_THAT(error_of("ath2.yaml", head + "    - {id: a1}\n    - {id: a1}\n"),
              HasSubstr("ath2.yaml:8: squad.athletes: expected a different id for each athlete, found 'a1' twice"));
  EXPECT_THAT(error_of("ath3.yaml", head + "    - {id: a1}\n    - {id: a2}\n    - {id: a3}\n"),
              HasSubstr("squad.athletes: expected at most squad.size (2) athletes, found 3"));
  EXPECT_THAT(error_of("ath4.yaml", head + "    - {position: winger}\n"),
              HasSubstr("ath4.yaml:8: squad.athletes[0].id: missing"));
}

TEST(ScenarioErrors, WeekdayAndMatchRhythm) {
  const std::string head = std::string(kMinimal);
  EXPECT_THAT(error_of("wd.yaml", head + "  match_weekday: funday\n"),
              HasSubstr("wd.yaml:5: season.match_weekday: expected a weekday"));
  EXPECT_THAT(error_of("mpw.yaml", head + "  matches_per_week: 3\n"),
              HasSubstr("mpw.yaml:5: season.matches_per_week: expected 0, 1 or 2 matches a week, found 3"));
}

TEST(ScenarioErrors, EmptyFileAndNonMapRoot) {
  EXPECT_THAT(error_of("empty.yaml", ""), HasSubstr("empty.yaml: season: missing"));
  EXPECT_THAT(error_of("list.yaml", "- 1\n- 2\n"), HasSubstr("list.yaml:1: (top level): expected a map of keys"));
}

}  // namespace
}  // namespace preseason
