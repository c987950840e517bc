#include <fmt/format.h>

#include <optional>

#include "actors/season/decisions_fingerprint.h"
#include "actors/season/pipeline_actor.h"
#include "actors/season/season_recorder.h"
#include "actors/season/season_tally.h"
#include "commands.h"
#include "output_path.h"
#include "data/h5.h"
#include "engine/clock.h"
#include "scenarios/policy_yaml.h"
#include "scenarios/replay_graph.h"
#include "scenarios/scenario_error.h"

namespace preseason::cli {

namespace {

struct ReplayOptions {
  std::string recording;
  std::string speed = "max";
  std::string from, to;
  std::vector<std::string> athletes;
  std::string policy;
  std::string out;
  unsigned threads = 2;
};

// Summed over the pipelines: what the replay delivered.
season::PipelineCounts delivered_counts(const ReplayPlan& plan, const Simulation& sim) {
  season::PipelineCounts sum;
  for (std::uint32_t index : plan.indexes) {
    const auto* p = dynamic_cast<const season::PipelineActor*>(sim.find(plan.layout.pipeline(index)));
    if (!p) continue;
    sum.readings += p->counts().readings;
    sum.raw_samples += p->counts().raw_samples;
  }
  return sum;
}

int replay(const ReplayOptions& o) {
  if (!o.out.empty()) {
    if (const auto problem = output_problem("--out", o.out)) {
      fmt::print(stderr, "error: {}\n", *problem);
      return 2;
    }
  }
  ReplayRequest request;
  std::optional<ScaledClock> clock;
  try {
    request.path = o.recording;
    request.threads = o.threads;
    request.athletes = o.athletes;
    if (!o.from.empty()) request.from = parse_date(o.from);
    if (!o.to.empty()) request.to = parse_date(o.to);
    if (!o.policy.empty()) request.policy = parse_policy(o.policy, "--policy");
    if (o.speed != "max") clock.emplace(std::stod(o.speed));
    // Week-long steps would pace a slowed replay a week at a time.
    if (clock) request.group_lookahead = 0;
  } catch (const std::exception& e) {
    fmt::print(stderr, "error: {}\n", e.what());
    return 2;
  }
  ReplayPlan plan;
  try {
    plan = plan_replay(request);
    make_policy(plan.scenario.policy);
  } catch (const h5::Error& e) {
    fmt::print(stderr, "error: {}\n", e.what());
    return 2;
  } catch (const ScenarioError& e) {
    fmt::print(stderr, "error: {}\n", e.what());
    return 2;
  } catch (const std::invalid_argument& e) {
    fmt::print(stderr, "error: {}\n", e.what());
    return 2;
  }

  Simulation sim(plan.run);
  const ReplayGraph graph = build_replay(plan, sim);
  season::SeasonTally tally(plan.layout);
  season::DecisionsFingerprint decisions(plan.layout);
  sim.add_actor_sink(&tally);
  sim.add_actor_sink(&decisions);
  std::optional<season::SeasonRecorder> recorder;
  if (!o.out.empty()) {
    recorder.emplace(o.out, RecordingInfo{"preseason replay", "replay of " + o.recording}, plan.layout, plan.all,
                     plan.scenario.policy.name);
    sim.add_actor_sink(&*recorder);
  }
  if (clock) sim.set_clock(&*clock);
  const RunStats stats = sim.run();
  if (recorder) recorder->finish(o.threads);

  const season::SeasonTotals t = tally.totals();
  fmt::print("replay of {}: {} athlete(s), {} .. {}, policy {}\n", o.recording, plan.ids.size(), format_date(plan.from),
             format_date(plan.to), plan.scenario.policy.name);
  fmt::print("decisions: {:.0f}, adjusted: {:.0f} ({:.1f} %)\n", t.decisions, t.adjusted,
             t.decisions > 0 ? 100 * t.adjusted / t.decisions : 0.0);
  fmt::print("events: {}  wall: {:.3f} s\n", stats.events, stats.wall_seconds);
  const season::PipelineCounts delivered = delivered_counts(plan, sim);
  const double samples = static_cast<double>(delivered.readings + delivered.raw_samples);
  fmt::print("samples: {} ({} raw, {:.2f} M samples/s)\n", delivered.readings + delivered.raw_samples,
             delivered.raw_samples, stats.wall_seconds > 0 ? samples / stats.wall_seconds / 1e6 : 0.0);
  if (recorder) fmt::print("recording: {}\n", o.out);
  fmt::print("decisions fingerprint: {}\n", decisions.fingerprint().hex());
  fmt::print("fingerprint: {}\n", stats.fingerprint.hex());
  return 0;
}

}  // namespace

Command add_replay(CLI::App& app) {
  auto o = std::make_shared<ReplayOptions>();
  CLI::App* sub = app.add_subcommand("replay", "replay a recording through the pipelines and policy");
  sub->add_option("recording", o->recording, "recording (HDF5)")->required();
  sub->add_option("--speed", o->speed, "max (as fast as possible) or simulated seconds per wall second");
  sub->add_option("--from", o->from, "first day to replay (YYYY-MM-DD)");
  sub->add_option("--to", o->to, "last day to replay (YYYY-MM-DD)");
  sub->add_option("--athletes", o->athletes, "athletes to replay (default: all)")->delimiter(',');
  sub->add_option("--policy", o->policy, "policy name or {name: ..., params: {...}} (default: the recorded one)");
  sub->add_option("--out", o->out, "write features and decisions to a recording");
  sub->add_option("--threads", o->threads, "scheduler threads; also the threads that compress --out")->check(CLI::Range(1u, 256u));
  return {sub, [o] { return replay(*o); }};
}

}  // namespace preseason::cli
