#include "scenarios/check_report_text.h"

#include <fmt/format.h>

namespace preseason {

namespace {

std::string decision_text(const std::optional<RecordedDecision>& d) {
  if (!d) return "no decision that day";
  std::string s = fmt::format("{} {}: planned {:g} min at RPE {:g}, decided {:g} min", format_time(d->time), d->action,
                              d->planned_minutes, d->planned_rpe, d->minutes);
  if (!d->reason.empty()) s += " (" + d->reason + ")";
  return s;
}

std::string metrics_text(const std::vector<MetricComparison>& metrics) {
  std::string s = fmt::format("{:<40} {:>12} {:>12} {:>14} {:>10}\n", "outcome", "golden", "run", "run - golden",
                              "tolerance");
  for (const MetricComparison& m : metrics)
    s += fmt::format("{:<40} {:>12.4f} {:>12.4f} {:>+14.4f} {:>10g}{}\n", m.label, m.golden, m.run, m.run - m.golden,
                     m.tolerance, m.within ? "" : "  outside");
  return s;
}

std::string verdict(const CheckReport& r) {
  if (r.identical()) return "check passed: fingerprints identical";
  if (!r.tolerances_given) return "regression: fingerprints differ (no --tolerance given, so any change counts)";
  std::string outside;
  for (const MetricComparison& m : r.metrics)
    if (!m.within) outside += (outside.empty() ? "" : ", ") + m.name;
  if (outside.empty()) return "check passed: fingerprints differ, every outcome within tolerance";
  return "regression: outside tolerance: " + outside;
}

}  // namespace

std::string check_report_text(const CheckReport& r) {
  std::string s = fmt::format("golden: {} (policy {})\nrun:    {} (policy {})\n", r.golden_path, r.golden_policy,
                              r.run_path, r.run_policy);
  s += fmt::format("decisions fingerprint: {} golden, {} run ({})\n", r.golden_decisions, r.run_decisions,
                   r.golden_decisions == r.run_decisions ? "same" : "differs");
  s += fmt::format("fingerprint: {} golden, {} run ({})\n", r.golden_fingerprint, r.run_fingerprint,
                   r.golden_fingerprint == r.run_fingerprint ? "same" : "differs");
  if (!r.identical()) {
    s += "\n" + metrics_text(r.metrics);
    if (r.divergence) {
      const DecisionDivergence& d = *r.divergence;
      s += fmt::format("\nfirst diverging decision: {} athlete {}\n  golden: {}\n  run:    {}\n", format_date(d.day),
                       d.athlete, decision_text(d.golden), decision_text(d.run));
    } else if (r.golden_decisions != r.run_decisions) {
      s += "\nthe decisions tables agree; what led to them differs (features, predictions, rule actions or coach reviews)\n";
    }
  }
  return s + "\n" + verdict(r) + "\n";
}

}  // namespace preseason
