#include <fmt/format.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "output_path.h"
#include "data/atomic_file.h"
#include "scenarios/interval.h"
#include "scenarios/scenario_describe.h"
#include "scenarios/scenario_error.h"
#include "scenarios/scenario_loader.h"
#include "scenarios/season_metrics.h"
#include "season_batch.h"
#include "summary_table.h"

namespace preseason::cli {

namespace {

struct RunCommandOptions {
  std::string scenario;
  std::uint32_t replicates = 0;
  unsigned threads = 2;
  unsigned shards = 0;
  std::uint64_t seed = 0;
  bool seed_given = false;
  std::string out;
  std::string json;
  std::vector<std::string> sets;
};

void write_json(const std::string& path, const Scenario& s, const BatchResult& r) {
  nlohmann::json j;
  j["scenario"] = s.name;
  j["scenario_path"] = s.path;
  j["seed"] = s.seed;
  j["policy"] = s.policy.name;
  j["replicates"] = r.fingerprints.size();
  j["fingerprints"] = r.fingerprints;
  j["fingerprint"] = r.fingerprint.hex();
  j["decisions_fingerprint"] = r.decisions.hex();
  for (std::size_t m = 0; m < season_metrics().size(); ++m) {
    const Interval i = mean_interval(r.metrics[m]);
    nlohmann::json& x = j["outcomes"][season_metrics()[m].name];
    x["label"] = season_metrics()[m].label;
    x["mean"] = i.mean;
    x["ci95"] = std::isnan(i.low) ? nlohmann::json(nullptr) : nlohmann::json::array({i.low, i.high});
    x["replicates"] = r.metrics[m];
  }
  AtomicFile out(path);
  {
    std::ofstream f(out.temp_path());
    f << j.dump(2) << '\n';
    if (!f) throw std::runtime_error("cannot write " + path);
  }
  out.commit();
}

int run(const RunCommandOptions& o) {
  std::vector<std::string> sets = o.sets;
  if (o.seed_given) sets.push_back("seed=" + std::to_string(o.seed));
  if (o.replicates) sets.push_back("replicates=" + std::to_string(o.replicates));
  for (const auto& [option, path] : {std::pair{"--out", o.out}, std::pair{"--json", o.json}}) {
    if (path.empty()) continue;
    if (const auto problem = output_problem(option, path)) {
      fmt::print(stderr, "error: {}\n", *problem);
      return 2;
    }
  }
  Scenario scenario;
  try {
    scenario = load_scenario(o.scenario, sets);
  } catch (const ScenarioError& e) {
    fmt::print(stderr, "error: {}\n", e.what());
    return 2;
  }
  fmt::print("{}", describe(scenario));
  BatchOptions b{scenario.replicates, o.threads, o.shards, o.out};
  const BatchResult result = run_batch(scenario, b, scenario.policy.name);
  fmt::print("\npolicy {}: {} replicate(s), {} thread(s)\n", scenario.policy.name, scenario.replicates, o.threads);
  print_summary(result);
  fmt::print("\nathlete-days: {:.0f}, events: {}, in {:.2f} s ({:.0f} athlete-days/s)\n", result.athlete_days,
             result.events, result.wall_seconds, result.athlete_days / result.wall_seconds);
  for (const std::string& path : result.recordings) fmt::print("recording: {}\n", path);
  if (!o.json.empty()) {
    write_json(o.json, scenario, result);
    fmt::print("summary: {}\n", o.json);
  }
  fmt::print("decisions fingerprint: {}\n", result.decisions.hex());
  fmt::print("fingerprint: {}\n", result.fingerprint.hex());
  return 0;
}

}  // namespace

Command add_run(CLI::App& app) {
  auto o = std::make_shared<RunCommandOptions>();
  CLI::App* sub = app.add_subcommand("run", "simulate a season from a scenario file and summarise it");
  sub->add_option("scenario", o->scenario, "scenario YAML file")->required();
  sub->add_option("--replicates", o->replicates, "replicates (default: the scenario's)")->check(CLI::Range(1u, 100000u));
  sub->add_option("--threads", o->threads, "scheduler threads")->check(CLI::Range(1u, 256u));
  sub->add_option("--shards", o->shards, "shard actors (0: two per thread)");
  sub->add_option("--seed", o->seed, "run seed (default: the scenario's)")->each([o](const std::string&) {
    o->seed_given = true;
  });
  sub->add_option("--out", o->out, "write the recording (HDF5); with several replicates one file each, -r<k>");
  sub->add_option("--json", o->json, "write the summary as JSON");
  sub->add_option("--set", o->sets, "override a scenario value, KEY=VALUE (repeatable)");
  return {sub, [o] { return run(*o); }};
}

}  // namespace preseason::cli
