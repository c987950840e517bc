#include <fmt/format.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "actors/features/input_error.h"
#include "commands.h"
#include "output_path.h"
#include "data/atomic_file.h"
#include "scenarios/interval.h"
#include "scenarios/scenario_describe.h"
#include "scenarios/scenario_error.h"
#include "scenarios/scenario_loader.h"
#include "scenarios/season_checkpoint.h"
#include "scenarios/season_metrics.h"
#include "scenarios/scenario_yaml.h"
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
  season::RecordScope record = season::RecordScope::kAll;
  bool record_given = false;
  std::string json;
  std::string calendar_dir;
  std::vector<std::string> sets;
  std::vector<std::string> checkpoint_at;
  std::string checkpoint_dir = ".";
  std::string from;
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

const char* scope_name(season::RecordScope scope) {
  return scope == season::RecordScope::kAll ? "all" : "outcomes";
}

// Whether --out and --json, when given, can be written; says why not on stderr.
bool outputs_usable(const RunCommandOptions& o) {
  for (const auto& [option, path] : {std::pair{"--out", o.out}, std::pair{"--json", o.json}}) {
    if (path.empty()) continue;
    if (const auto problem = output_problem(option, path)) {
      fmt::print(stderr, "error: {}\n", *problem);
      return false;
    }
  }
  return true;
}

int resume(const RunCommandOptions& o) {
  for (const auto& [option, given] : {std::pair{"--replicates", o.replicates != 0}, std::pair{"--seed", o.seed_given},
                                      std::pair{"--checkpoint-at", !o.checkpoint_at.empty()},
                                      std::pair{"--calendar-dir", !o.calendar_dir.empty()}}) {
    if (given) {
      fmt::print(stderr, "error: {} does not apply with --from: a checkpoint resumes its own replicate\n", option);
      return 2;
    }
  }
  if (!outputs_usable(o)) return 2;
  SeasonRunResult result;
  CheckpointHeader header;
  Scenario scenario;
  try {
    header = read_checkpoint_header(o.from);
    scenario = parse_scenario(header.scenario_yaml, o.from + ":scenario", o.sets);
    scenario.path = header.scenario_path;
    if (!o.scenario.empty() && scenario_hash(load_scenario(o.scenario)) != header.scenario_hash)
      throw CheckpointError(o.from + ": made from another scenario than " + o.scenario);
    // The recording continues as it began; its scope cannot change halfway.
    if (!o.out.empty() && header.recorded && o.record_given && o.record != header.record)
      throw CheckpointError(fmt::format("{}: its recording has --record {}, not {}", o.from,
                                        scope_name(header.record), scope_name(o.record)));
    result = resume_season(o.from, o.sets, o.threads, o.out);
  } catch (const CheckpointError& e) {
    fmt::print(stderr, "error: {}\n", e.what());
    return 2;
  } catch (const ScenarioError& e) {
    fmt::print(stderr, "error: {}\n", e.what());
    return 2;
  }
  fmt::print("resumed {} (replicate {}) at {}\n", o.from, header.replicate, format_date(header.day));
  BatchResult batch;
  for (const SeasonMetric& m : season_metrics()) batch.metrics.push_back({m.of(result.totals)});
  batch.fingerprints = {result.stats.fingerprint.hex()};
  batch.fingerprint = result.stats.fingerprint;
  batch.decisions = result.decisions;
  print_summary(batch);
  if (!o.out.empty()) fmt::print("recording: {}\n", o.out);
  if (!o.json.empty()) {
    write_json(o.json, scenario, batch);
    fmt::print("summary: {}\n", o.json);
  }
  fmt::print("decisions fingerprint: {}\n", result.decisions.hex());
  fmt::print("fingerprint: {}\n", result.stats.fingerprint.hex());
  return 0;
}

int run(const RunCommandOptions& o) {
  if (!o.from.empty()) return resume(o);
  if (o.scenario.empty()) {
    fmt::print(stderr, "error: give a SCENARIO file or --from CHECKPOINT\n");
    return 2;
  }
  std::vector<Day> checkpoint_days;
  try {
    for (const std::string& d : o.checkpoint_at) checkpoint_days.push_back(parse_date(d));
  } catch (const std::invalid_argument& e) {
    fmt::print(stderr, "error: --checkpoint-at: {}\n", e.what());
    return 2;
  }
  if (!checkpoint_days.empty()) {
    if (const auto problem = output_problem("--checkpoint-dir", o.checkpoint_dir + "/x")) {
      fmt::print(stderr, "error: {}\n", *problem);
      return 2;
    }
  }
  std::vector<std::string> sets = o.sets;
  if (o.seed_given) sets.push_back("seed=" + std::to_string(o.seed));
  if (o.replicates) sets.push_back("replicates=" + std::to_string(o.replicates));
  if (!o.calendar_dir.empty()) {
    if (const auto problem = output_problem("--calendar-dir", o.calendar_dir)) {
      fmt::print(stderr, "error: {}\n", *problem);
      return 2;
    }
  }
  if (!outputs_usable(o)) return 2;
  Scenario scenario;
  try {
    scenario = load_scenario(o.scenario, sets);
  } catch (const ScenarioError& e) {
    fmt::print(stderr, "error: {}\n", e.what());
    return 2;
  }
  fmt::print("{}", describe(scenario));
  BatchOptions b{scenario.replicates, o.threads, o.shards, o.out, o.record, o.calendar_dir, checkpoint_days,
                 o.checkpoint_dir};
  BatchResult result;
  try {
    result = run_batch(scenario, b, scenario.policy.name);
  } catch (const InputError& e) {
    fmt::print(stderr, "error: {}\n", e.what());
    return 2;
  } catch (const std::invalid_argument& e) {
    fmt::print(stderr, "error: {}\n", e.what());
    return 2;
  }
  fmt::print("\npolicy {}: {} replicate(s), {} thread(s)\n", scenario.policy.name, scenario.replicates, o.threads);
  print_summary(result);
  fmt::print("\nathlete-days: {:.0f}, events: {}, in {:.2f} s ({:.0f} athlete-days/s)\n", result.athlete_days,
             result.events, result.wall_seconds, result.athlete_days / result.wall_seconds);
  for (const std::string& path : result.recordings) fmt::print("recording: {}\n", path);
  for (const std::string& path : result.checkpoints) fmt::print("checkpoint: {}\n", path);
  if (!o.calendar_dir.empty()) fmt::print("calendars: {}\n", o.calendar_dir);
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
  sub->add_option("scenario", o->scenario, "scenario YAML file (or --from a checkpoint)");
  sub->add_option("--replicates", o->replicates, "replicates (default: the scenario's)")->check(CLI::Range(1u, 100000u));
  sub->add_option("--threads", o->threads, "scheduler threads; also the threads that compress --out")->check(CLI::Range(1u, 256u));
  sub->add_option("--shards", o->shards, "shard actors (0: two per thread)");
  sub->add_option("--seed", o->seed, "run seed (default: the scenario's)")->each([o](const std::string&) {
    o->seed_given = true;
  });
  sub->add_option("--out", o->out, "write the recording (HDF5); with several replicates one file each, -r<k>");
  sub->add_option("--record", o->record,
                  "what --out records: all, or outcomes (decisions and outcome tables only); with --from, the "
                  "checkpoint's")
      ->each([o](const std::string&) { o->record_given = true; })
      ->transform(CLI::CheckedTransformer(
          std::map<std::string, season::RecordScope>{{"all", season::RecordScope::kAll},
                                                     {"outcomes", season::RecordScope::kOutcomes}},
          CLI::ignore_case));
  sub->add_option("--json", o->json, "write the summary as JSON");
  sub->add_option("--calendar-dir", o->calendar_dir,
                  "write each athlete's sessions as an iCalendar file there; with several replicates r<k>/");
  sub->add_option("--set", o->sets, "override a scenario value, KEY=VALUE (repeatable); with --from, a fork");
  sub->add_option("--checkpoint-at", o->checkpoint_at, "write checkpoints at 00:00 of these dates (YYYY-MM-DD)")
      ->delimiter(',');
  sub->add_option("--checkpoint-dir", o->checkpoint_dir, "where checkpoints go (default: .)");
  sub->add_option("--from", o->from,
                  "resume a checkpoint to the end of its season; with --out, finish the recording it holds");
  return {sub, [o] { return run(*o); }};
}

}  // namespace preseason::cli
