#include "scenarios/season_graph.h"

#include <fmt/format.h>

#include "actors/season/athlete_actor.h"
#include "actors/season/pipeline_actor.h"
#include "actors/season/planner_actor.h"
#include "scenarios/population_overrides.h"
#include "scenarios/season_run.h"

namespace preseason {

namespace {

// Random streams used while building, far above any actor id.
constexpr std::uint64_t kParameterStream = 1ull << 40;

const DeviceMix* mix_for(const Scenario& s, std::uint32_t i) {
  if (s.device_mixes.empty()) return nullptr;
  // Spread mixes through the squad by cumulative share, so adding athletes keeps the
  // first ones' devices.
  const double position = (i + 0.5) / s.squad_size;
  double cumulative = 0;
  for (const DeviceMix& m : s.device_mixes) {
    cumulative += m.share;
    if (position < cumulative) return &m;
  }
  return &s.device_mixes.back();
}

season::WornDevices worn(const Scenario& s, const DeviceMix* mix) {
  season::WornDevices d;
  if (!mix) return d;
  for (DeviceKind k : mix->devices) {
    switch (k) {
      case DeviceKind::kRing: d.ring = s.devices.ring; break;
      case DeviceKind::kStrap: d.strap = s.devices.strap; break;
      case DeviceKind::kWatch: d.watch = s.devices.watch; break;
      case DeviceKind::kGps: d.gps = s.devices.gps; break;
      case DeviceKind::kWellnessApp: d.wellness_app = s.devices.wellness_app; break;
      case DeviceKind::kEnvironment: d.environment = s.devices.environment; break;
    }
  }
  return d;
}

}  // namespace

std::string athlete_id(const Scenario& scenario, std::uint32_t i) {
  if (i < scenario.athletes.size() && !scenario.athletes[i].id.empty()) return scenario.athletes[i].id;
  return fmt::format("a{:03d}", i + 1);
}

RunOptions season_run_options(const Scenario& scenario, std::uint32_t replicate, unsigned threads, unsigned shards) {
  RunOptions o;
  o.seed = scenario.seed;
  o.replicate = replicate;
  o.threads = threads;
  o.shards = shards;
  o.start = start_of(scenario.calendar.season_start);
  // Leave the last day time to finish its evening match.
  o.end = start_of(scenario.calendar.season_end + 1) + 12 * kHour;
  o.lookahead = season::AthleteSetup{}.ingest_period;
  // An athlete and its pipeline talk many times a day; between athletes only the planner
  // talks, and it sends each week two weeks ahead. So a step may be two weeks, each pair
  // running them alone: each day re-reads weeks of the athlete's history (feature windows,
  // baselines), which the day before left in cache, and the fewer times a pair starts with
  // a cold cache the better. The recorder takes records as they are emitted, so a
  // recorded season steps as far.
  o.group_lookahead = season::PlannerActor::kLead;
  return o;
}

SeasonGraph build_season(const Scenario& scenario, std::uint32_t replicate, Simulation& sim,
                         std::shared_ptr<const RunResources> resources) {
  SeasonGraph g;
  g.layout.athletes = scenario.squad_size;
  g.shared = resources ? std::move(resources) : std::make_shared<const RunResources>(load_run_resources(scenario));
  std::vector<ActorId> pipelines;
  for (std::uint32_t i = 0; i < scenario.squad_size; ++i) pipelines.push_back(g.layout.pipeline(i));
  sim.add(std::make_unique<season::PlannerActor>(g.layout.planner(), scenario.calendar, pipelines));

  for (std::uint32_t i = 0; i < scenario.squad_size; ++i) {
    AthletePopulation population = scenario.population;
    Attributes attributes{{"index", std::to_string(i)}};
    if (i < scenario.athletes.size()) {
      apply_population_overrides(scenario.athletes[i].overrides, population);
      if (!scenario.athletes[i].position.empty()) attributes["position"] = scenario.athletes[i].position;
    }
    Rng draw(scenario.seed, replicate, kParameterStream + i);
    const DeviceMix* mix = mix_for(scenario, i);
    if (mix) attributes["devices"] = mix->name;

    season::AthleteSetup a;
    a.params = population.draw(draw);
    a.devices = worn(scenario, mix);
    a.first_day = scenario.calendar.season_start;
    a.last_day = scenario.calendar.season_end;
    a.pipeline = g.layout.pipeline(i);
    a.post_match_alcohol_probability = scenario.lifestyle.post_match_alcohol_probability;
    a.post_match_alcohol_units = scenario.lifestyle.post_match_alcohol_units;
    a.report_injuries = g.shared->reads_injuries();
    sim.add(std::make_unique<season::AthleteActor>(g.layout.athlete(i), std::move(a)));

    season::PipelineSetup p;
    p.athlete = g.layout.athlete(i);
    p.first_day = scenario.calendar.season_start;
    p.last_day = scenario.calendar.season_end;
    p.roles = scenario.roles;
    p.templates = scenario.calendar.templates;
    g.shared->attach(p);
    p.athlete_id = athlete_id(scenario, i);
    p.index = i;
    sim.add(std::make_unique<season::PipelineActor>(g.layout.pipeline(i), std::move(p)));
    sim.join(g.layout.pipeline(i), g.layout.athlete(i));

    g.athletes.push_back({athlete_id(scenario, i), std::move(attributes)});
  }
  return g;
}

}  // namespace preseason
