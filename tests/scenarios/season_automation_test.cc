// Rules and the coach inside a season: calendar actions rewrite the plan the athlete
// trains to, declined actions change nothing, and a coach who accepts nothing turns
// any policy back into the plan, with every review in the audit records.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <set>
#include <nlohmann/json.hpp>
#include <sstream>

#include "actors/policy/decision.h"
#include "actors/season/plan_codec.h"
#include "actors/season/season_kinds.h"
#include "scenario_test_util.h"
#include "scenarios/season_graph.h"
#include "scenarios/season_run.h"

namespace preseason {
namespace {

using season::ActionStatus;

struct Observed final : RecordSink {
  std::vector<PlannedDay> team_plan;
  std::map<ActorId, std::vector<Record>> by_actor;
  bool wants(EventKind kind) const override {
    return kind == season::kPlanRecord || kind == season::kDecisionRecord || kind == season::kSessionRecord ||
           kind == season::kActionRecord || kind == season::kCoachRecord;
  }
  void write(const std::vector<Record>& records) override {
    for (const Record& r : records) {
      if (r.kind == season::kPlanRecord) {
        for (const PlannedDay& d : season::decode_plan(*r.payload.batch)) team_plan.push_back(d);
      } else {
        by_actor[r.actor].push_back(r);
      }
    }
  }
  std::vector<Record> of(ActorId actor, EventKind kind) const {
    std::vector<Record> out;
    const auto it = by_actor.find(actor);
    if (it == by_actor.end()) return out;
    for (const Record& r : it->second)
      if (r.kind == kind) out.push_back(r);
    return out;
  }
};

std::string small_with(const std::string& extra) {
  std::ifstream in(testing::shipped("small.yaml"));
  std::stringstream text;
  text << in.rdbuf() << extra;
  static int n = 0;
  return testing::write_scenario("automation-" + std::to_string(++n) + ".yaml", text.str());
}

struct ObservedSeason {
  Scenario scenario;
  Simulation sim;
  SeasonGraph graph;
  Observed seen;

  explicit ObservedSeason(const std::string& path, std::vector<std::string> overrides = {})
      : scenario(load_scenario(path, overrides)),
        sim(season_run_options(scenario, 0, 2, 0)),
        graph(build_season(scenario, 0, sim)) {
    sim.set_sink(&seen);
    sim.run();
  }
  ActorId pipeline(std::uint32_t i) const { return graph.layout.pipeline(i); }
  ActorId athlete(std::uint32_t i) const { return graph.layout.athlete(i); }
};

const char* kWeeklyRest =
    "rules:\n"
    "  - name: weekly-rest\n"
    "    when: \"1\"\n"
    "    cooldown_days: 6\n"
    "    actions:\n"
    "      - {kind: calendar, sessions: 1, replace_with: rest}\n"
    "      - {kind: physio, message: weekly check}\n";

TEST(SeasonAutomation, ACalendarActionTurnsTheNextTrainingSessionIntoRest) {
  ObservedSeason run(small_with(kWeeklyRest));
  std::map<Day, PlannedDay> team;
  for (const PlannedDay& d : run.seen.team_plan) team[d.day] = d;
  ASSERT_FALSE(team.empty());
  std::size_t replaced = 0;
  for (std::uint32_t i = 0; i < run.scenario.squad_size; ++i) {
    const auto actions = run.seen.of(run.pipeline(i), season::kActionRecord);
    // The rule holds on every closed day, and fires once a week.
    ASSERT_EQ(actions.size(), 2 * static_cast<std::size_t>((run.scenario.calendar.season_end -
                                                            run.scenario.calendar.season_start + 6) / 7));
    std::map<Day, Record> decisions;
    for (const Record& r : run.seen.of(run.pipeline(i), season::kDecisionRecord)) decisions.emplace(day_of(r.time), r);
    std::set<Day> trained;
    for (const Record& r : run.seen.of(run.athlete(i), season::kSessionRecord)) trained.insert(day_of(r.time));
    for (const Record& a : actions) {
      const nlohmann::json payload = nlohmann::json::parse(*a.note);
      EXPECT_EQ(payload.at("athlete"), athlete_id(run.scenario, i));
      EXPECT_EQ(static_cast<ActionStatus>(static_cast<int>(a.payload[2])), ActionStatus::kDone);
      if (payload.at("kind") != "calendar") continue;
      Day day = day_of(a.time);
      while (team.count(day) && (team[day].session.is_rest() || team[day].is_match())) ++day;
      if (!team.count(day)) continue;
      ASSERT_TRUE(decisions.count(day)) << format_date(day);
      EXPECT_GT(decisions.at(day).payload[0], 0) << "planned minutes on " << format_date(day);
      EXPECT_EQ(decisions.at(day).payload[1], 0) << "minutes on " << format_date(day);
      EXPECT_EQ(static_cast<Adjustment>(static_cast<int>(decisions.at(day).payload[3])), Adjustment::kRest);
      EXPECT_THAT(*decisions.at(day).note, ::testing::HasSubstr("rule 'weekly-rest'"));
      EXPECT_FALSE(trained.count(day)) << "athlete " << i << " trained on " << format_date(day);
      ++replaced;
    }
  }
  EXPECT_GE(replaced, run.scenario.squad_size * 9u);
}

TEST(SeasonAutomation, ADeclinedActionChangesNothing) {
  const std::string declined = std::string(kWeeklyRest) + "    approval: coach\ncoach:\n  acceptance: 0\n";
  ObservedSeason with_rule(small_with(declined));
  ObservedSeason without(testing::shipped("small.yaml"));
  for (std::uint32_t i = 0; i < with_rule.scenario.squad_size; ++i) {
    const auto actions = with_rule.seen.of(with_rule.pipeline(i), season::kActionRecord);
    const auto reviews = with_rule.seen.of(with_rule.pipeline(i), season::kCoachRecord);
    ASSERT_FALSE(actions.empty());
    ASSERT_EQ(reviews.size(), actions.size());
    for (const Record& a : actions)
      EXPECT_EQ(static_cast<ActionStatus>(static_cast<int>(a.payload[2])), ActionStatus::kDeclined);
    for (const Record& r : reviews) EXPECT_EQ(r.payload[1], 0);
    const auto sessions = with_rule.seen.of(with_rule.athlete(i), season::kSessionRecord);
    const auto reference = without.seen.of(without.athlete(i), season::kSessionRecord);
    ASSERT_EQ(sessions.size(), reference.size());
    for (std::size_t k = 0; k < sessions.size(); ++k) {
      EXPECT_EQ(sessions[k].time, reference[k].time);
      EXPECT_EQ(sessions[k].payload.values, reference[k].payload.values);
    }
  }
}

TEST(SeasonAutomation, ACoachWhoAcceptsNothingTurnsAPolicyBackIntoThePlan) {
  const std::string path = small_with("coach:\n  acceptance: 0\n  override_reason: not this week\n");
  ObservedSeason vetoed(path, {"policy.name=acwr_band"});
  ObservedSeason adjusted(testing::shipped("small.yaml"), {"policy.name=acwr_band"});
  ObservedSeason fixed(testing::shipped("small.yaml"));
  std::size_t proposals = 0;
  for (std::uint32_t i = 0; i < vetoed.scenario.squad_size; ++i) {
    for (const Record& r : adjusted.seen.of(adjusted.pipeline(i), season::kDecisionRecord))
      proposals += static_cast<Adjustment>(static_cast<int>(r.payload[3])) != Adjustment::kKeep;
    const auto reviews = vetoed.seen.of(vetoed.pipeline(i), season::kCoachRecord);
    std::size_t overridden = 0;
    for (const Record& r : vetoed.seen.of(vetoed.pipeline(i), season::kDecisionRecord)) {
      EXPECT_EQ(static_cast<Adjustment>(static_cast<int>(r.payload[3])), Adjustment::kKeep);
      EXPECT_EQ(r.payload[0], r.payload[1]);
      if (*r.note != "as planned") {
        EXPECT_THAT(*r.note, ::testing::HasSubstr("not this week"));
        ++overridden;
      }
    }
    EXPECT_EQ(reviews.size(), overridden);
    for (const Record& r : reviews) EXPECT_EQ(r.payload[1], 0);
    const auto sessions = vetoed.seen.of(vetoed.athlete(i), season::kSessionRecord);
    const auto reference = fixed.seen.of(fixed.athlete(i), season::kSessionRecord);
    ASSERT_EQ(sessions.size(), reference.size());
    for (std::size_t k = 0; k < sessions.size(); ++k) EXPECT_EQ(sessions[k].payload.values, reference[k].payload.values);
  }
  EXPECT_GT(proposals, 0u) << "acwr_band must propose something for the override to matter";
}

}  // namespace
}  // namespace preseason
