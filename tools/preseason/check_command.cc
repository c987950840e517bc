#include <fmt/format.h>

#include "commands.h"
#include "data/h5.h"
#include "scenarios/check_report_text.h"
#include "scenarios/metric_tolerances.h"
#include "scenarios/regression_check.h"

namespace preseason::cli {

namespace {

struct CheckCommandOptions {
  std::string run;
  std::string golden;
  std::vector<std::string> tolerances;
};

int check(const CheckCommandOptions& o) {
  try {
    const CheckReport report = check_regression(o.run, o.golden, parse_tolerances(o.tolerances));
    fmt::print("{}", check_report_text(report));
    return report.passed() ? 0 : 1;
  } catch (const CheckInputError& e) {
    fmt::print(stderr, "error: {}\n", e.what());
    return 2;
  } catch (const h5::Error& e) {
    fmt::print(stderr, "error: {}\n", e.what());
    return 2;
  }
}

}  // namespace

Command add_check(CLI::App& app) {
  auto o = std::make_shared<CheckCommandOptions>();
  CLI::App* sub = app.add_subcommand("check", "compare a run's recording with a golden one; exit 1 on a regression");
  sub->add_option("run", o->run, "recording of the run to check (preseason run --out)")->required();
  sub->add_option("--golden", o->golden, "the golden recording of the same scenario, seed and replicate")->required();
  sub->add_option("--tolerance", o->tolerances,
                  "METRIC=VALUE (repeatable): pass a changed run when every outcome is within tolerance "
                  "(unnamed metrics: 0)");
  return {sub, [o] { return check(*o); }};
}

}  // namespace preseason::cli
