#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <exception>

#include "commands.h"

int main(int argc, char** argv) {
  CLI::App app{"preseason: rehearse a season before you live it"};
  app.require_subcommand(1);
  const std::vector<preseason::cli::Command> commands = {
      preseason::cli::add_run(app),
      preseason::cli::add_compare(app),
      preseason::cli::add_replay(app),
      preseason::cli::add_phold(app),
      preseason::cli::add_features(app),
      preseason::cli::add_backtest(app),
      preseason::cli::add_import(app),
      preseason::cli::add_inspect(app),
      preseason::cli::add_train(app),
      preseason::cli::add_evaluate(app),
      preseason::cli::add_check(app),
      preseason::cli::add_live(app),
      preseason::cli::add_live_export(app),
  };
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int rc = app.exit(e);
    return rc == 0 ? 0 : 2;
  }
  for (const auto& cmd : commands) {
    if (cmd.sub->parsed()) {
      try {
        return cmd.run();
      } catch (const std::exception& e) {
        fmt::print(stderr, "error: {}\n", e.what());
        return 1;
      }
    }
  }
  return 2;
}
