// `preseason live-export CONFIG.yaml --out REC.h5 [--store DIR]`: the live store as a
// recording that features and replay read (docs/live-api.md). Safe beside a running
// server: the log is only read. Exit 2 on bad input, naming the file.
#include <fmt/format.h>

#include "commands.h"
#include "data/h5.h"
#include "live/live_config_loader.h"
#include "live/live_scenario.h"
#include "live/recording_export.h"
#include "live/write_ahead_log.h"
#include "output_path.h"
#include "scenarios/scenario_error.h"

namespace preseason::cli {

namespace {

struct LiveExportOptions {
  std::string config;
  std::string store;
  std::string out;
  std::uint64_t through = UINT64_MAX;
};

int live_export(const LiveExportOptions& o) {
  try {
    const live::LiveConfig config = live::load_live_config(o.config);
    const std::string store = o.store.empty() ? config.store : o.store;
    if (store.empty()) {
      fmt::print(stderr, "error: no store directory: give --store DIR or live.store in {}\n", o.config);
      return 2;
    }
    if (const auto problem = output_problem("--out", o.out)) {
      fmt::print(stderr, "error: {}\n", *problem);
      return 2;
    }
    // A live config that is also a scenario exports what replay needs to decide as live did.
    live::ExportOptions options;
    if (const auto scenario = live::load_live_scenario(o.config)) options = live::export_options(*scenario);
    options.through_sequence = o.through;
    const live::ExportSummary s = live::export_recording(config, store, o.out, options);
    if (s.pending_bytes > 0)
      fmt::print("live-export: left out {} bytes of a batch still being written\n", s.pending_bytes);
    fmt::print("wrote {} batch(es) up to sequence {}: {} athlete(s), {} reading(s), {} submission(s) to {}\n",
               s.batches, s.last_sequence, s.athletes, s.readings, s.submissions, o.out);
    return 0;
  } catch (const live::LiveConfigError& e) {
    fmt::print(stderr, "error: {}\n", e.what());
  } catch (const live::WalError& e) {
    fmt::print(stderr, "error: {}\n", e.what());
  } catch (const h5::Error& e) {
    fmt::print(stderr, "error: {}\n", e.what());
  } catch (const ScenarioError& e) {
    fmt::print(stderr, "error: {}\n", e.what());
  }
  return 2;
}

}  // namespace

Command add_live_export(CLI::App& app) {
  auto o = std::make_shared<LiveExportOptions>();
  CLI::App* sub = app.add_subcommand("live-export", "write a live store as a recording that replay reads");
  sub->add_option("config", o->config, "YAML file with a `live` section")->required();
  sub->add_option("--store", o->store, "directory of the write-ahead log (default: live.store)");
  sub->add_option("--out", o->out, "recording to write (HDF5)")->required();
  sub->add_option("--through", o->through, "export batches up to this sequence (a decision's through_sequence)");
  return {sub, [o] { return live_export(*o); }};
}

}  // namespace preseason::cli
