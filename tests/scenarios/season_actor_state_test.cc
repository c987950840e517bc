// Every actor of a season graph (planner, athletes, pipelines with predictor, rules and
// coach, and a replay's source), stopped at seeded random times, saves a state that loads
// into a fresh graph, reads the same and saves to the same bytes; a restored run goes on exactly.
#include <gtest/gtest.h>

#include <cstring>
#include <fstream>
#include <map>
#include <sstream>
#include <tuple>

#include "actors/predictor/model_file.h"
#include "actors/season/athlete_actor.h"
#include "actors/season/pipeline_actor.h"
#include "actors/season/planner_actor.h"
#include "actors/season/season_kinds.h"
#include "engine/random.h"
#include "scenario_test_util.h"
#include "scenarios/replay_graph.h"
#include "scenarios/season_graph.h"
#include "scenarios/season_run.h"

namespace preseason {
namespace {

constexpr std::uint64_t kStopSeed = 20251201;
constexpr int kStops = 4;

// With injury history, the pipelines also keep the injury reports they were sent.
std::string random_model(bool injury_history) {
  const std::vector<std::string> features = {"acwr_ewma", "tsb", "hrv_z", "sleep_debt7", "monotony"};
  PredictorModel m;
  m.encoder = FeatureEncoder(features, {1.0, 0.0, 0.0, 3.0, 1.5}, {0.3, 20.0, 1.0, 2.0, 0.5});
  m.injury_history = injury_history;
  Rng rng(11, 0, 0);
  m.params = LstmParams::random({m.input_width(), 6, 2}, rng);
  const std::string path = testing::scratch_dir() + (injury_history ? "state-injury-model.lstm" : "state-model.lstm");
  save_model(path, m);
  return path;
}

// small.yaml with a predictor, a coach who accepts 60 % of proposals under a veto, a
// policy acting on the risk, a calendar rule needing the coach and a physio rule on the
// risk: every kind of state the pipeline keeps, and coach draws from its random stream.
std::string automated_scenario(bool injury_history = false) {
  std::ifstream in(testing::shipped("small.yaml"));
  std::stringstream text;
  text << in.rdbuf();
  std::string yaml = text.str();
  yaml.replace(yaml.find("name: fixed"), std::strlen("name: fixed"),
               "name: lstm_risk\n  params: {threshold: 0.085, recovery_threshold: 0.095}");
  if (injury_history) yaml.replace(yaml.find("size: 6"), std::strlen("size: 6"), "size: 12");
  yaml += "predictor: " + random_model(injury_history) +
          "\n"
          "rules:\n"
          "  - name: load-spike\n"
          "    when: acwr_ewma > 1.1\n"
          "    hold_days: 2\n"
          "    cooldown_days: 4\n"
          "    priority: 5\n"
          "    approval: coach\n"
          "    actions:\n"
          "      - {kind: calendar, sessions: 2, replace_with: recovery}\n"
          "  - name: risk-watch\n"
          "    when: risk > 0.09\n"
          "    cooldown_days: 3\n"
          "    actions:\n"
          "      - {kind: physio, message: risk check}\n"
          "coach:\n"
          "  acceptance: 0.6\n"
          "  vetoes: {no_rest_before_match: true}\n"
          "  override_reason: coach kept the plan\n";
  return testing::write_scenario(injury_history ? "automated-injury.yaml" : "automated.yaml", yaml);
}

std::string bytes_of(const Actor& a) {
  std::ostringstream out;
  {
    boost::archive::binary_oarchive ar(out);
    a.save(ar);
  }
  return out.str();
}

void load_bytes(Actor& a, const std::string& bytes) {
  std::istringstream in(bytes);
  boost::archive::binary_iarchive ar(in);
  a.load(ar);
}

std::string bytes_of(const Simulation& sim) {
  std::ostringstream out;
  {
    boost::archive::binary_oarchive ar(out);
    sim.save(ar);
  }
  return out.str();
}

// Bitwise, so NaN (missing) equals NaN.
template <class T>
bool same_bits(const T& a, const T& b) {
  return std::memcmp(&a, &b, sizeof(T)) == 0;
}

std::vector<Time> stop_times(Time from, Time to) {
  Rng rng(kStopSeed, 0, 0);
  std::vector<Time> stops;
  for (int k = 0; k < kStops; ++k)
    stops.push_back(from + static_cast<Time>(rng.below(static_cast<std::uint64_t>(to - from))));
  return stops;
}

// The records through which a restored actor's state shows: risks, rule actions, coach
// verdicts, decisions and the sessions done, per actor in emission order.
struct Trail final : RecordSink {
  std::map<ActorId, std::vector<std::string>> from;  // rendered records at or after `since`
  std::map<EventKind, std::size_t> counts;
  Time since = 0;
  bool wants(EventKind kind) const override {
    return kind == season::kPredictionRecord || kind == season::kActionRecord || kind == season::kCoachRecord ||
           kind == season::kDecisionRecord || kind == season::kSessionRecord;
  }
  void write(const std::vector<Record>& records) override {
    for (const Record& r : records) {
      ++counts[r.kind];
      if (r.time < since) continue;
      std::ostringstream s;
      s.precision(17);
      s << r.time << ' ' << r.kind << ' ' << r.payload[0] << ' ' << r.payload[1] << ' ' << r.payload[2] << ' '
        << r.payload[3] << ' ' << (r.note ? *r.note : "");
      from[r.actor].push_back(s.str());
    }
  }
};

void expect_same_observables(const Actor& a, const Actor& b) {
  if (const auto* p = dynamic_cast<const season::PipelineActor*>(&a)) {
    const auto& q = dynamic_cast<const season::PipelineActor&>(b);
    ASSERT_EQ(p->features().records().size(), q.features().records().size());
    for (std::size_t d = 0; d < p->features().records().size(); ++d) {
      const FeatureRecord& x = p->features().records()[d];
      const FeatureRecord& y = q.features().records()[d];
      EXPECT_EQ(x.day, y.day);
      EXPECT_TRUE(same_bits(x.values, y.values) && same_bits(x.inputs, y.inputs))
          << "pipeline " << a.id() << " day " << x.day;
    }
    const season::PipelineCounts &c = p->counts(), &e = q.counts();
    EXPECT_EQ(std::tie(c.readings, c.late_readings, c.too_late, c.out_of_range, c.unmapped, c.raw_samples),
              std::tie(e.readings, e.late_readings, e.too_late, e.out_of_range, e.unmapped, e.raw_samples));
  } else if (const auto* x = dynamic_cast<const season::AthleteActor*>(&a)) {
    const Athlete& m = x->model();
    const Athlete& n = dynamic_cast<const season::AthleteActor&>(b).model();
    EXPECT_EQ(m.day(), n.day());
    EXPECT_EQ(std::make_tuple(m.injuries(), m.illnesses(), m.overreaching_episodes()),
              std::make_tuple(n.injuries(), n.illnesses(), n.overreaching_episodes()));
    EXPECT_TRUE(same_bits(m.relative_fitness(), n.relative_fitness()));
    EXPECT_TRUE(same_bits(m.relative_fatigue(), n.relative_fatigue()));
    EXPECT_TRUE(same_bits(m.today_load(), n.today_load()));
  } else if (const auto* pl = dynamic_cast<const season::PlannerActor*>(&a)) {
    const auto& other = dynamic_cast<const season::PlannerActor&>(b).plan();
    ASSERT_EQ(pl->plan().size(), other.size());
    for (std::size_t d = 0; d < other.size(); ++d) {
      EXPECT_EQ(pl->plan()[d].day, other[d].day);
      EXPECT_EQ(pl->plan()[d].session.minutes, other[d].session.minutes);
      EXPECT_EQ(pl->plan()[d].session.type, other[d].session.type);
    }
  }
}

// Each actor of `running` (stopped) into the same actor of `fresh` (built, never run):
// the second save must equal the first byte for byte.
void expect_each_actor_round_trips(const Simulation& running, Simulation& fresh, ActorId end,
                                   std::map<std::string, int>& seen) {
  for (ActorId id = 0; id < end; ++id) {
    const Actor* a = running.find(id);
    Actor* b = fresh.find(id);
    ASSERT_EQ(a == nullptr, b == nullptr);
    if (!a) continue;
    ASSERT_STREQ(a->type(), b->type());
    const std::string first = bytes_of(*a);
    load_bytes(*b, first);
    EXPECT_EQ(bytes_of(*b), first) << a->type() << " actor " << id;
    expect_same_observables(*a, *b);
    ++seen[a->type()];
  }
}

void check_season(const std::string& path, bool automated) {
  const Scenario scenario = load_scenario(path);
  const RunOptions options = season_run_options(scenario, 0, 2, 0);
  Simulation whole(options);
  const SeasonGraph whole_graph = build_season(scenario, 0, whole);
  Trail whole_trail;
  whole.set_sink(&whole_trail);
  const RunStats expected = whole.run();
  if (automated) {
    EXPECT_GT(whole_trail.counts[season::kActionRecord], 0u);
    EXPECT_GT(whole_trail.counts[season::kCoachRecord], 0u);
    EXPECT_GT(whole_trail.counts[season::kPredictionRecord], 0u);
  }

  for (const Time stop : stop_times(options.start + kHour, options.end - kHour)) {
    SCOPED_TRACE("stopped at " + format_date(day_of(stop)) + " (" + std::to_string(stop) + "), stop seed " +
                 std::to_string(kStopSeed));
    Simulation running(options);
    const SeasonGraph graph = build_season(scenario, 0, running);
    Trail running_trail;
    running_trail.since = stop;
    running.set_sink(&running_trail);
    running.run_until(stop);

    Simulation fresh(options);
    const SeasonGraph fresh_graph = build_season(scenario, 0, fresh);
    std::map<std::string, int> seen;
    expect_each_actor_round_trips(running, fresh, graph.layout.end(), seen);
    EXPECT_EQ(seen["planner"], 1);
    EXPECT_EQ(seen["athlete"], static_cast<int>(scenario.squad_size));
    EXPECT_EQ(seen["pipeline"], static_cast<int>(scenario.squad_size));

    // The whole state, random streams and pending events too, restored with the other
    // thread count, finishes as the run it came from.
    const std::string state = bytes_of(running);
    Simulation restored(season_run_options(scenario, 0, 1, 0));
    const SeasonGraph restored_graph = build_season(scenario, 0, restored);
    {
      std::istringstream in(state);
      boost::archive::binary_iarchive ar(in);
      restored.load(ar);
    }
    EXPECT_EQ(bytes_of(restored), state);
    Trail restored_trail;
    restored.set_sink(&restored_trail);
    const RunStats got = restored.run();
    running.run();
    EXPECT_EQ(got.fingerprint.hex(), expected.fingerprint.hex());
    EXPECT_EQ(restored_trail.from, running_trail.from);
  }
}

TEST(SeasonActorState, SmallSeasonActorsRoundTripAtRandomStops) { check_season(testing::shipped("small.yaml"), false); }

TEST(SeasonActorState, PredictorRulesAndCoachRoundTripAtRandomStops) { check_season(automated_scenario(), true); }

// A resumed run predicts what the uninterrupted one did only if the reports received
// before the stop are part of the pipeline's state.
TEST(SeasonActorState, InjuryHistoryPredictorRoundTripsAtRandomStops) { check_season(automated_scenario(true), true); }

TEST(SeasonActorState, ReplaySourceAndPipelinesRoundTripAtRandomStops) {
  const Scenario scenario = load_scenario(automated_scenario());
  SeasonRunOptions record;
  record.out = testing::scratch_dir() + "state-replay.h5";
  run_season(scenario, record);

  ReplayRequest request;
  request.path = record.out;
  const ReplayPlan plan = plan_replay(request);
  for (const Time stop : stop_times(plan.run.start + kHour, plan.run.end - kHour)) {
    SCOPED_TRACE("stopped at " + std::to_string(stop) + ", stop seed " + std::to_string(kStopSeed));
    Simulation running(plan.run);
    const ReplayGraph graph = build_replay(plan, running);
    running.run_until(stop);
    Simulation fresh(plan.run);
    const ReplayGraph fresh_graph = build_replay(plan, fresh);
    std::map<std::string, int> seen;
    expect_each_actor_round_trips(running, fresh, plan.layout.end(), seen);
    EXPECT_EQ(seen["replay_source"], 1);
    EXPECT_EQ(seen["pipeline"], static_cast<int>(plan.ids.size()));
  }
}

}  // namespace
}  // namespace preseason
