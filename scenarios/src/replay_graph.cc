#include "scenarios/replay_graph.h"

#include <algorithm>
#include <stdexcept>

#include "actors/season/athlete_setup.h"
#include "actors/season/pipeline_actor.h"
#include "actors/season/recording_feed.h"
#include "actors/season/replay_source_actor.h"
#include "data/recording_reader.h"
#include "scenarios/scenario_loader.h"

namespace preseason {

namespace {

std::string attribute(const Attributes& a, const std::string& key) {
  const auto it = a.find(key);
  return it == a.end() ? std::string() : it->second;
}

// Athletes in layout order: a simulated recording stores each athlete's index.
std::vector<std::string> layout_order(const RecordingReader& rec) {
  std::vector<std::pair<long, std::string>> keyed;
  const std::vector<std::string> names = rec.athletes();
  for (std::size_t i = 0; i < names.size(); ++i) {
    const std::string index = attribute(rec.athlete_attributes(names[i]), "index");
    keyed.emplace_back(index.empty() ? static_cast<long>(i) : std::stol(index), names[i]);
  }
  std::sort(keyed.begin(), keyed.end());
  std::vector<std::string> out;
  for (auto& [k, name] : keyed) out.push_back(name);
  return out;
}

}  // namespace

ReplayPlan plan_replay(const ReplayRequest& request) {
  ReplayPlan plan;
  plan.path = request.path;
  plan.contents = request.contents;
  plan.raw_streams = request.raw_streams;
  plan.reader = request.contents ? std::make_shared<const RecordingReader>(request.contents)
                                 : std::make_shared<const RecordingReader>(request.path);
  const RecordingReader& rec = *plan.reader;
  const Attributes root = rec.attributes();
  const std::string yaml = attribute(root, "scenario_yaml");
  if (request.scenario) plan.scenario = *request.scenario;
  else if (!yaml.empty()) plan.scenario = parse_scenario(yaml, request.path + ":/scenario_yaml");
  if (request.policy) plan.scenario.policy = *request.policy;

  const std::vector<std::string> order = layout_order(rec);
  plan.layout.athletes = static_cast<std::uint32_t>(order.size());
  for (std::uint32_t i = 0; i < order.size(); ++i) {
    plan.all.push_back({order[i], rec.athlete_attributes(order[i])});
    if (request.athletes.empty() ||
        std::find(request.athletes.begin(), request.athletes.end(), order[i]) != request.athletes.end()) {
      plan.ids.push_back(order[i]);
      plan.indexes.push_back(i);
    }
  }
  for (const std::string& a : request.athletes)
    if (std::find(order.begin(), order.end(), a) == order.end())
      throw std::invalid_argument(request.path + ": no athlete '" + a + "' in the recording");

  // A simulated recording's extent is its calendar, read without any athlete; an imported
  // one's comes from the replayed athletes' inputs, computed once here.
  const bool simulated = rec.has_team_table("calendar");
  auto extent = std::make_shared<const season::RecordingFeed>(
      season::read_feed(rec, simulated ? std::vector<std::string>{} : plan.ids));
  if (!simulated) plan.feed = extent;
  const Day first = extent->first_day;
  const Day last = simulated ? extent->last_day : extent->last_day + 1;  // imported inputs arrive the morning after
  plan.from = request.from.value_or(first);
  plan.to = request.to.value_or(last);
  if (plan.to < plan.from) throw std::invalid_argument(request.path + ": nothing to replay between the given dates");

  const std::string replicate = attribute(root, "replicate");
  plan.run.seed = plan.scenario.seed;
  plan.run.replicate = replicate.empty() ? 0 : static_cast<std::uint32_t>(std::stoul(replicate));
  plan.run.threads = request.threads;
  plan.run.start = start_of(plan.from);
  plan.run.end = start_of(plan.to + 1) + 12 * kHour;
  plan.run.lookahead = season::AthleteSetup{}.ingest_period;
  plan.run.group_lookahead = request.group_lookahead;
  return plan;
}

ReplayGraph build_replay(const ReplayPlan& plan, Simulation& sim) {
  ReplayGraph g;
  g.shared = load_run_resources(plan.scenario);
  add_replay(plan, sim, g.shared);
  return g;
}

void add_replay(const ReplayPlan& plan, Simulation& sim, const RunResources& shared) {
  season::ReplaySetup source{plan.path, plan.ids,      plan.indexes, plan.layout,      plan.from,
                             plan.to,   plan.contents, plan.feed,    plan.raw_streams, shared.reads_injuries(),
                             plan.reader,
                             plan.run.group_lookahead};
  sim.add(std::make_unique<season::ReplaySourceActor>(season::SeasonLayout::planner(), std::move(source)),
          Placement::kDedicated);
  for (std::size_t k = 0; k < plan.indexes.size(); ++k) {
    const std::uint32_t index = plan.indexes[k];
    season::PipelineSetup p;
    p.athlete_id = plan.ids[k];
    p.index = index;
    p.first_day = plan.from;
    p.last_day = plan.to;
    p.roles = plan.scenario.roles;
    p.templates = plan.scenario.calendar.templates;
    shared.attach(p);
    sim.add(std::make_unique<season::PipelineActor>(plan.layout.pipeline(index), std::move(p)));
  }
}

}  // namespace preseason
