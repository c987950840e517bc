#include "summary_table.h"

#include <fmt/format.h>

#include "scenarios/interval.h"
#include "scenarios/season_metrics.h"

namespace preseason::cli {

namespace {

constexpr int kLabelWidth = 40;

std::string show(const Interval& i) {
  if (std::isnan(i.low)) return fmt::format("{:9.3f}", i.mean);
  return fmt::format("{:9.3f} [{:.3f}, {:.3f}]", i.mean, i.low, i.high);
}

}  // namespace

void print_summary(const BatchResult& result) {
  fmt::print("{:<{}} {}\n", "outcome", kLabelWidth, "mean [95% CI]");
  for (std::size_t m = 0; m < season_metrics().size(); ++m)
    fmt::print("{:<{}} {}\n", season_metrics()[m].label, kLabelWidth, show(mean_interval(result.metrics[m])));
}

void print_comparison(const std::vector<std::string>& names, const std::vector<BatchResult>& results) {
  std::string header = fmt::format("{:<{}}", "outcome", kLabelWidth);
  for (const std::string& n : names) header += fmt::format(" {:>12}", n);
  for (std::size_t v = 1; v < names.size(); ++v) header += fmt::format("  {} - {} [95% CI]", names[v], names[0]);
  fmt::print("{}\n", header);
  for (std::size_t m = 0; m < season_metrics().size(); ++m) {
    std::string line = fmt::format("{:<{}}", season_metrics()[m].label, kLabelWidth);
    for (const BatchResult& r : results) line += fmt::format(" {:12.3f}", mean_interval(r.metrics[m]).mean);
    for (std::size_t v = 1; v < results.size(); ++v) {
      const Interval d = mean_interval(paired_differences(results[0].metrics[m], results[v].metrics[m]));
      line += "  " + (std::isnan(d.low) ? fmt::format("{:+.3f}", d.mean)
                                        : fmt::format("{:+.3f} [{:+.3f}, {:+.3f}]", d.mean, d.low, d.high));
    }
    fmt::print("{}\n", line);
  }
}

}  // namespace preseason::cli
