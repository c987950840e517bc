#include "scenarios/regression_check.h"

#include <sys/stat.h>

#include <cmath>
#include <memory>

#include "data/h5.h"
#include "scenarios/recorded_totals.h"
#include "scenarios/season_metrics.h"

namespace preseason {

namespace {

std::unique_ptr<RecordingReader> open_recording(const std::string& path, const char* role) {
  struct stat st {};
  if (stat(path.c_str(), &st) != 0) throw CheckInputError(path + ": no such file (" + role + ")");
  try {
    return std::make_unique<RecordingReader>(path);
  } catch (const h5::Error& e) {
    throw CheckInputError(std::string(e.what()) + " (" + role + ")");
  }
}

std::string attribute(const Attributes& a, const std::string& name) {
  const auto it = a.find(name);
  return it == a.end() ? std::string() : it->second;
}

std::string required(const RecordingReader& r, const Attributes& a, const std::string& name) {
  const std::string v = attribute(a, name);
  if (v.empty())
    throw CheckInputError(r.path() + ": no '" + name +
                          "' attribute: not a recording of `preseason run --out` with fingerprints");
  return v;
}

std::string squad_text(const std::vector<std::string>& athletes) {
  if (athletes.empty()) return "no athletes";
  return std::to_string(athletes.size()) + " athletes " + athletes.front() + " .. " + athletes.back();
}

// Same scenario, seed, replicate and squad, or a CheckInputError saying what differs.
void require_same_run(const RecordingReader& g, const Attributes& ga, const RecordingReader& r,
                      const Attributes& ra) {
  std::string differs;
  for (const char* name : {"scenario", "seed", "replicate"}) {
    const std::string a = attribute(ga, name), b = attribute(ra, name);
    if (a != b) differs += std::string(differs.empty() ? "" : "; ") + name + " '" + a + "' vs '" + b + "'";
  }
  if (g.athletes() != r.athletes())
    differs += std::string(differs.empty() ? "" : "; ") + "squad " + squad_text(g.athletes()) + " vs " +
               squad_text(r.athletes());
  if (!differs.empty())
    throw CheckInputError(g.path() + " and " + r.path() + " are recordings of different runs: " + differs +
                          " (golden vs run)");
}

bool within(double golden, double run, double tolerance) {
  if (std::isnan(golden) || std::isnan(run)) return std::isnan(golden) && std::isnan(run);
  return std::fabs(run - golden) <= tolerance;
}

}  // namespace

bool CheckReport::passed() const {
  if (identical()) return true;
  if (!tolerances_given) return false;
  for (const MetricComparison& m : metrics)
    if (!m.within) return false;
  return true;
}

CheckReport check_regression(const std::string& run_path, const std::string& golden_path,
                             const Tolerances& tolerances) {
  const auto golden = open_recording(golden_path, "golden");
  const auto run = open_recording(run_path, "run");
  const Attributes ga = golden->attributes(), ra = run->attributes();
  CheckReport report;
  report.golden_path = golden_path;
  report.run_path = run_path;
  report.golden_fingerprint = required(*golden, ga, "fingerprint");
  report.golden_decisions = required(*golden, ga, "decisions_fingerprint");
  report.run_fingerprint = required(*run, ra, "fingerprint");
  report.run_decisions = required(*run, ra, "decisions_fingerprint");
  report.golden_policy = attribute(ga, "policy");
  report.run_policy = attribute(ra, "policy");
  report.tolerances_given = !tolerances.empty();
  require_same_run(*golden, ga, *run, ra);
  if (report.identical()) return report;

  const season::SeasonTotals g = recorded_totals(*golden), r = recorded_totals(*run);
  for (const SeasonMetric& m : season_metrics()) {
    const auto t = tolerances.find(m.name);
    MetricComparison c{m.name, m.label, m.of(g), m.of(r), t == tolerances.end() ? 0.0 : t->second};
    c.within = within(c.golden, c.run, c.tolerance);
    report.metrics.push_back(c);
  }
  if (report.golden_decisions != report.run_decisions) report.divergence = first_divergence(*golden, *run);
  return report;
}

}  // namespace preseason
