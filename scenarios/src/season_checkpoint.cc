#include "scenarios/season_checkpoint.h"

#include <boost/archive/archive_exception.hpp>
#include <boost/serialization/string.hpp>
#include <boost/serialization/vector.hpp>
#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <memory>

#include "actors/season/decisions_fingerprint.h"
#include "data/atomic_file.h"
#include "scenarios/scenario_loader.h"
#include "scenarios/scenario_yaml.h"
#include "scenarios/season_graph.h"
#include "scenarios/season_run_recording.h"

namespace preseason {

namespace {

constexpr char kMagic[] = "preseason-checkpoint";
constexpr std::uint32_t kVersion = 10;

// Reads the header into `h` and leaves `ar` at the simulation state, which the tally's
// parts follow.
void read_header(boost::archive::binary_iarchive& ar, const std::string& path, CheckpointHeader& h) {
  std::string magic;
  std::uint32_t version = 0;
  ar >> magic;
  if (magic != kMagic) throw CheckpointError(path + ": not a preseason checkpoint");
  ar >> version;
  if (version != kVersion)
    throw CheckpointError(fmt::format("{}: checkpoint format version {}, this preseason reads {}", path, version,
                                      kVersion));
  std::uint32_t scope = 0;
  ar >> h.scenario_yaml >> h.scenario_hash >> h.scenario_path >> h.replicate >> h.day >> h.recorded >> scope;
  if (scope > static_cast<std::uint32_t>(season::RecordScope::kOutcomes))
    throw CheckpointError(path + ": truncated or corrupted checkpoint (unknown recording scope)");
  h.record = static_cast<season::RecordScope>(scope);
  ar >> h.at.totals >> h.at.decisions >> h.at.stats.fingerprint;
}

template <class F> auto guarded(const std::string& path, F&& f) {
  try {
    return f();
  } catch (const boost::archive::archive_exception& e) {
    throw CheckpointError(path + ": truncated or corrupted checkpoint (" + e.what() + ")");
  } catch (const std::bad_alloc&) {
    throw CheckpointError(path + ": truncated or corrupted checkpoint");
  }
}

}  // namespace

std::string write_checkpoint(const std::string& dir, const Scenario& scenario, std::uint32_t replicate, Day day,
                             const Simulation& sim, const season::SeasonTally& tally,
                             const season::DecisionsFingerprint& decisions, const RunStats& stats,
                             const season::SeasonRecorder* recorder) {
  const std::string path =
      (std::filesystem::path(dir) / fmt::format("{}-{}-r{}.ckpt", scenario.name, format_date(day), replicate)).string();
  AtomicFile out(path);
  {
    std::ofstream f(out.temp_path(), std::ios::binary);
    boost::archive::binary_oarchive ar(f);
    const std::string magic = kMagic, hash = scenario_hash(scenario);
    const bool recorded = recorder != nullptr;
    const auto scope = static_cast<std::uint32_t>(recorded ? recorder->scope() : season::RecordScope::kAll);
    ar << magic << kVersion << scenario.effective_yaml << hash << scenario.path << replicate << day << recorded
       << scope;
    ar << tally.totals() << decisions.fingerprint() << stats.fingerprint;
    sim.save(ar);
    ar << tally.parts();
    if (recorder) recorder->save(ar);
    if (!f) throw std::runtime_error("cannot write checkpoint " + path);
  }
  out.commit();
  return path;
}

CheckpointHeader read_checkpoint_header(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  if (!f) throw CheckpointError(path + ": cannot open");
  return guarded(path, [&] {
    boost::archive::binary_iarchive ar(f);
    CheckpointHeader h;
    read_header(ar, path, h);
    return h;
  });
}

SeasonRunResult resume_season(const std::string& path, const std::vector<std::string>& overrides, unsigned threads,
                              const std::string& out) {
  std::ifstream f(path, std::ios::binary);
  if (!f) throw CheckpointError(path + ": cannot open");
  return guarded(path, [&] {
    boost::archive::binary_iarchive ar(f);
    CheckpointHeader h;
    read_header(ar, path, h);
    if (!out.empty() && !h.recorded)
      throw CheckpointError(path + ": written by a run without --out, so it holds no recording to continue");
    const Scenario original = parse_scenario(h.scenario_yaml, path + ":scenario");
    if (scenario_hash(original) != h.scenario_hash)
      throw CheckpointError(path + ": the scenario inside does not match its recorded hash");
    Scenario scenario = parse_scenario(h.scenario_yaml, path + ":scenario", overrides);
    Simulation sim(season_run_options(scenario, h.replicate, threads, 0));
    const SeasonGraph graph = build_season(scenario, h.replicate, sim);
    season::SeasonTally tally(graph.layout);
    season::DecisionsFingerprint decisions(graph.layout);
    try {
      sim.load(ar);
      std::vector<season::SeasonTotals> parts;
      ar >> parts;
      tally.restore(parts);
      decisions.restore(h.at.decisions);
    } catch (const boost::archive::archive_exception&) {
      throw;
    } catch (const std::runtime_error& e) {
      throw CheckpointError(path + ": " + e.what() + " (a fork may change the policy, not the squad)");
    }
    std::unique_ptr<season::SeasonRecorder> recorder;
    if (!out.empty()) {
      // The recording names the scenario file the season came from, as the original run's does.
      scenario.path = h.scenario_path;
      recorder = open_season_recording(out, scenario, h.replicate, graph, h.record);
      if (scenario_hash(scenario) != h.scenario_hash) recorder->set_attribute("forked_at", format_date(h.day));
      try {
        recorder->load(ar);
      } catch (const boost::archive::archive_exception&) {
        throw;
      } catch (const std::runtime_error& e) {
        throw CheckpointError(path + ": recording: " + e.what());
      }
    }
    sim.add_actor_sink(&tally);
    sim.add_actor_sink(&decisions);
    if (recorder) sim.add_actor_sink(recorder.get());
    SeasonRunResult result;
    result.stats = sim.run();
    result.totals = tally.totals();
    result.decisions = decisions.fingerprint();
    if (recorder) finish_season_recording(*recorder, result, true, threads);
    return result;
  });
}

}  // namespace preseason
