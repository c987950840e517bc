#include <fmt/format.h>

#include "actors/features/daily_csv.h"
#include "actors/features/feature_csv.h"
#include "actors/features/feature_h5.h"
#include "actors/features/input_error.h"
#include "actors/features/recording_inputs.h"
#include "commands.h"
#include "data/import_error.h"
#include "data/recording_reader.h"

namespace preseason::cli {

namespace {

struct FeaturesOptions {
  std::string recording;
  std::string daily_csv;
  std::string out;
  std::string csv;
  FeatureConfig config;
};

int usage(const std::string& problem) {
  fmt::print(stderr, "error: {}\n", problem);
  return 2;
}

int run_features(const FeaturesOptions& o) {
  if (o.recording.empty() == o.daily_csv.empty()) return usage("give either RECORDING or --daily-csv");
  if (o.out.empty() && o.csv.empty()) return usage("give --out FEATURES.h5, --csv FEATURES.csv or both");
  const std::string& input = o.recording.empty() ? o.daily_csv : o.recording;
  std::vector<DailyInput> rows;
  try {
    rows = o.recording.empty() ? read_daily_csv(o.daily_csv) : recording_inputs(RecordingReader(o.recording));
  } catch (const InputError& e) {
    return usage(e.what());
  } catch (const ImportError& e) {
    return usage(e.what());
  } catch (const h5::Error& e) {
    return usage(e.what());
  }
  const FeatureTable table = compute_features(rows, o.config);
  if (!o.out.empty()) write_feature_h5(o.out, table, input);
  if (!o.csv.empty()) write_feature_csv(o.csv, table);
  std::size_t days = 0;
  for (const auto& a : table.athletes) days += a.records.size();
  fmt::print("features: {} athlete(s), {} athlete-day(s) from {} row(s); {} duplicate, {} late, {} gap day(s) -> {}\n",
             table.athletes.size(), days, rows.size(), table.counts.duplicates, table.counts.late,
             table.counts.gap_days, o.out.empty() ? o.csv : o.csv.empty() ? o.out : o.out + ", " + o.csv);
  return 0;
}

}  // namespace

Command add_features(CLI::App& app) {
  auto o = std::make_shared<FeaturesOptions>();
  CLI::App* sub = app.add_subcommand("features", "compute daily load, HRV, sleep and wellness features per athlete");
  sub->add_option("recording", o->recording, "input: a preseason recording (simulated or imported)");
  sub->add_option("--daily-csv", o->daily_csv, "input instead of a recording: athlete,date,load,ln_rmssd,sleep_h,... (empty = missing)");
  sub->add_option("--out", o->out, "output: HDF5, a `features` table per athlete (docs/features.md)");
  sub->add_option("--csv", o->csv, "output: one row per athlete-day with every feature and its quality");
  sub->add_option("--secondary-band", o->config.secondary_band,
                  "a secondary feature is active when |x - baseline mean| > band x baseline SD")
      ->check(CLI::NonNegativeNumber);
  return {sub, [o] { return run_features(*o); }};
}

}  // namespace preseason::cli
