#include "scenarios/season_checkpoint.h"

#include <boost/archive/archive_exception.hpp>
#include <boost/serialization/string.hpp>
#include <fmt/format.h>

#include <filesystem>
#include <fstream>

#include "actors/season/decisions_fingerprint.h"
#include "data/atomic_file.h"
#include "engine/tee_sink.h"
#include "scenarios/scenario_loader.h"
#include "scenarios/scenario_yaml.h"
#include "scenarios/season_graph.h"

namespace preseason {

namespace {

constexpr char kMagic[] = "preseason-checkpoint";
constexpr std::uint32_t kVersion = 2;

struct Sinks {
  explicit Sinks(season::SeasonLayout layout) : tally(layout), decisions(layout), tee({&tally, &decisions}) {}
  season::SeasonTally tally;
  season::DecisionsFingerprint decisions;
  TeeSink tee;
};

// Reads the header into `h` and leaves `ar` at the simulation state.
void read_header(boost::archive::binary_iarchive& ar, const std::string& path, CheckpointHeader& h) {
  std::string magic;
  std::uint32_t version = 0;
  ar >> magic;
  if (magic != kMagic) throw CheckpointError(path + ": not a preseason checkpoint");
  ar >> version;
  if (version != kVersion)
    throw CheckpointError(fmt::format("{}: checkpoint format version {}, this preseason reads {}", path, version,
                                      kVersion));
  ar >> h.scenario_yaml >> h.scenario_hash >> h.replicate >> h.day;
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
                             const season::DecisionsFingerprint& decisions, const RunStats& stats) {
  const std::string path =
      (std::filesystem::path(dir) / fmt::format("{}-{}-r{}.ckpt", scenario.name, format_date(day), replicate)).string();
  AtomicFile out(path);
  {
    std::ofstream f(out.temp_path(), std::ios::binary);
    boost::archive::binary_oarchive ar(f);
    const std::string magic = kMagic, hash = scenario_hash(scenario);
    ar << magic << kVersion << scenario.effective_yaml << hash << replicate << day;
    ar << tally.totals() << decisions.fingerprint() << stats.fingerprint;
    sim.save(ar);
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

SeasonRunResult resume_season(const std::string& path, const std::vector<std::string>& overrides, unsigned threads) {
  std::ifstream f(path, std::ios::binary);
  if (!f) throw CheckpointError(path + ": cannot open");
  return guarded(path, [&] {
    boost::archive::binary_iarchive ar(f);
    CheckpointHeader h;
    read_header(ar, path, h);
    const Scenario original = parse_scenario(h.scenario_yaml, path + ":scenario");
    if (scenario_hash(original) != h.scenario_hash)
      throw CheckpointError(path + ": the scenario inside does not match its recorded hash");
    const Scenario scenario = parse_scenario(h.scenario_yaml, path + ":scenario", overrides);
    Simulation sim(season_run_options(scenario, h.replicate, threads, 0));
    const SeasonGraph graph = build_season(scenario, h.replicate, sim);
    try {
      sim.load(ar);
    } catch (const boost::archive::archive_exception&) {
      throw;
    } catch (const std::runtime_error& e) {
      throw CheckpointError(path + ": " + e.what() + " (a fork may change the policy, not the squad)");
    }
    Sinks sinks(graph.layout);
    sinks.tally.totals() = h.at.totals;
    sinks.decisions.fingerprint() = h.at.decisions;
    sim.set_sink(&sinks.tee);
    SeasonRunResult result;
    result.stats = sim.run();
    result.totals = sinks.tally.totals();
    result.decisions = sinks.decisions.fingerprint();
    return result;
  });
}

}  // namespace preseason
