#include <fmt/format.h>

#include "actors/features/daily_csv.h"
#include "actors/features/feature_csv.h"
#include "actors/features/input_error.h"
#include "commands.h"

namespace preseason::cli {

namespace {

struct FeaturesOptions {
  std::string daily_csv;
  std::string csv;
  FeatureConfig config;
};

int run_features(const FeaturesOptions& o) {
  std::vector<DailyInput> rows;
  try {
    rows = read_daily_csv(o.daily_csv);
  } catch (const InputError& e) {
    fmt::print(stderr, "error: {}\n", e.what());
    return 2;
  }
  const FeatureTable table = compute_features(rows, o.config);
  write_feature_csv(o.csv, table);
  std::size_t days = 0;
  for (const auto& a : table.athletes) days += a.records.size();
  fmt::print("features: {} athlete(s), {} athlete-day(s) from {} row(s); {} duplicate, {} late, {} gap day(s) -> {}\n",
             table.athletes.size(), days, rows.size(), table.counts.duplicates, table.counts.late,
             table.counts.gap_days, o.csv);
  return 0;
}

}  // namespace

Command add_features(CLI::App& app) {
  auto o = std::make_shared<FeaturesOptions>();
  CLI::App* sub = app.add_subcommand("features", "compute daily load, HRV, sleep and wellness features per athlete");
  sub->add_option("--daily-csv", o->daily_csv, "daily inputs: athlete,date,load,ln_rmssd,sleep_h,... (empty = missing)")
      ->required();
  sub->add_option("--csv", o->csv, "output: one row per athlete-day with every feature and its quality")->required();
  sub->add_option("--secondary-band", o->config.secondary_band,
                  "a secondary feature is active when |x - baseline mean| > band x baseline SD")
      ->check(CLI::NonNegativeNumber);
  return {sub, [o] { return run_features(*o); }};
}

}  // namespace preseason::cli
