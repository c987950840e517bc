#include <fmt/format.h>

#include "actors/features/input_error.h"
#include "commands.h"
#include "scenarios/scenario_describe.h"
#include "scenarios/scenario_error.h"
#include "scenarios/scenario_loader.h"
#include "scenarios/season_checkpoint.h"
#include "scenarios/season_metrics.h"
#include "season_batch.h"
#include "summary_table.h"

namespace preseason::cli {

namespace {

struct CompareOptions {
  std::string scenario;
  std::vector<std::string> policies;
  std::vector<std::string> variants;  // comma-separated KEY=VALUE lists
  std::uint32_t replicates = 0;
  unsigned threads = 2;
  std::vector<std::string> sets;
  std::vector<std::string> from;  // checkpoints, one per replicate
};

std::vector<std::string> split_commas(const std::string& text) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  int depth = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && (text[i] == '[' || text[i] == '{')) ++depth;
    if (i < text.size() && (text[i] == ']' || text[i] == '}')) --depth;
    if (i == text.size() || (text[i] == ',' && depth == 0)) {
      parts.push_back(text.substr(start, i - start));
      start = i + 1;
    }
  }
  return parts;
}

using Variants = std::vector<std::pair<std::string, std::vector<std::string>>>;

// Forks every checkpoint into every variant and compares what happened after the fork.
int compare_forks(const CompareOptions& o, const Variants& variants) {
  std::vector<std::string> names;
  std::vector<BatchResult> results(variants.size());
  Fingerprint all;
  Day day = 0;
  try {
    for (const std::string& path : o.from) {
      const CheckpointHeader header = read_checkpoint_header(path);
      if (day != 0 && header.day != day)
        throw CheckpointError(path + ": taken on " + format_date(header.day) + ", the others on " + format_date(day));
      day = header.day;
      for (std::size_t v = 0; v < variants.size(); ++v) {
        std::vector<std::string> overrides = o.sets;
        overrides.insert(overrides.end(), variants[v].second.begin(), variants[v].second.end());
        const SeasonRunResult r = resume_season(path, overrides, o.threads);
        const season::SeasonTotals after = season::since(r.totals, header.at.totals);
        results[v].metrics.resize(season_metrics().size());
        for (std::size_t m = 0; m < season_metrics().size(); ++m) results[v].metrics[m].push_back(season_metrics()[m].of(after));
        all.merge(r.stats.fingerprint);
      }
    }
  } catch (const CheckpointError& e) {
    fmt::print(stderr, "error: {}\n", e.what());
    return 2;
  } catch (const ScenarioError& e) {
    fmt::print(stderr, "error: {}\n", e.what());
    return 2;
  }
  for (const auto& v : variants) names.push_back(v.first);
  fmt::print("{} variants forked from {} checkpoint(s) at {}; outcomes from the fork onwards, differences paired\n",
             variants.size(), o.from.size(), format_date(day));
  print_comparison(names, results);
  fmt::print("fingerprint: {}\n", all.hex());
  return 0;
}

int compare(const CompareOptions& o) {
  Variants variants;
  for (const std::string& p : o.policies) variants.push_back({p, {"policy={name: " + p + "}"}});
  for (const std::string& v : o.variants) variants.push_back({v, split_commas(v)});
  if (variants.size() < 2) {
    fmt::print(stderr, "error: compare needs at least two variants (--policy or --variant)\n");
    return 2;
  }
  if (!o.from.empty()) return compare_forks(o, variants);
  if (o.scenario.empty()) {
    fmt::print(stderr, "error: give a SCENARIO file or --from CHECKPOINT...\n");
    return 2;
  }
  std::vector<Scenario> scenarios;
  try {
    for (const auto& [name, overrides] : variants) {
      std::vector<std::string> all = o.sets;
      if (o.replicates) all.push_back("replicates=" + std::to_string(o.replicates));
      all.insert(all.end(), overrides.begin(), overrides.end());
      scenarios.push_back(load_scenario(o.scenario, all));
    }
  } catch (const ScenarioError& e) {
    fmt::print(stderr, "error: {}\n", e.what());
    return 2;
  }
  fmt::print("{}", describe(scenarios.front()));
  std::vector<std::string> names;
  std::vector<BatchResult> results;
  try {
    for (std::size_t v = 0; v < variants.size(); ++v) {
      names.push_back(variants[v].first);
      BatchOptions b;
      b.replicates = scenarios[v].replicates;
      b.threads = o.threads;
      results.push_back(run_batch(scenarios[v], b, variants[v].first));
    }
  } catch (const InputError& e) {
    fmt::print(stderr, "error: {}\n", e.what());
    return 2;
  }
  fmt::print("\n{} variants, {} replicate(s) each with common random numbers; differences are paired\n",
             variants.size(), scenarios.front().replicates);
  print_comparison(names, results);
  Fingerprint all;
  for (const BatchResult& r : results) all.merge(r.fingerprint);
  fmt::print("fingerprint: {}\n", all.hex());
  return 0;
}

}  // namespace

Command add_compare(CLI::App& app) {
  auto o = std::make_shared<CompareOptions>();
  CLI::App* sub = app.add_subcommand("compare", "run variants of a scenario with common random numbers and compare them");
  sub->add_option("scenario", o->scenario, "scenario YAML file (or --from checkpoints)");
  sub->add_option("--policy", o->policies, "a variant using this policy with its default parameters (repeatable)");
  sub->add_option("--variant", o->variants, "a variant as KEY=VALUE[,KEY=VALUE...] (repeatable)");
  sub->add_option("--replicates", o->replicates, "replicates per variant (default: the scenario's)")
      ->check(CLI::Range(1u, 100000u));
  sub->add_option("--threads", o->threads, "scheduler threads")->check(CLI::Range(1u, 256u));
  sub->add_option("--set", o->sets, "override a scenario value for every variant, KEY=VALUE (repeatable)");
  sub->add_option("--from", o->from, "fork these checkpoints (one per replicate) instead of running whole seasons");
  return {sub, [o] { return compare(*o); }};
}

}  // namespace preseason::cli
