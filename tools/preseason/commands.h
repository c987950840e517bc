// The `preseason` subcommands. Each registers its options on the CLI11 app and
// returns the exit status: 0 success, 1 a run failed, 2 bad input or usage.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>

namespace preseason::cli {

struct Command {
  CLI::App* sub;
  std::function<int()> run;
};

Command add_phold(CLI::App& app);
Command add_run(CLI::App& app);
Command add_compare(CLI::App& app);
Command add_replay(CLI::App& app);
Command add_features(CLI::App& app);
Command add_backtest(CLI::App& app);
Command add_import(CLI::App& app);
Command add_inspect(CLI::App& app);
Command add_train(CLI::App& app);
Command add_evaluate(CLI::App& app);
Command add_check(CLI::App& app);
Command add_live(CLI::App& app);
Command add_live_export(CLI::App& app);

}  // namespace preseason::cli
