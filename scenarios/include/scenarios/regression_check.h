// Compares a run's recording with a golden recording of the same scenario, seed,
// replicate and squad: fingerprints first; when they differ, every outcome metric of
// season_metrics.h side by side and the first diverging decision. Verdict in passed().
#pragma once

#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "scenarios/decision_divergence.h"

namespace preseason {

// The two files cannot be compared: missing, unreadable, not a run recording with
// fingerprints, or recordings of different runs. The message names the file.
class CheckInputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Absolute tolerances by metric name; parsed from METRIC=VALUE (metric_tolerances.h).
using Tolerances = std::map<std::string, double>;

struct MetricComparison {
  std::string name;
  std::string label;
  double golden = 0;
  double run = 0;
  double tolerance = 0;
  bool within = true;  // |run - golden| <= tolerance, or both NaN
};

struct CheckReport {
  std::string golden_path, run_path;
  std::string golden_policy, run_policy;
  std::string golden_fingerprint, run_fingerprint;
  std::string golden_decisions, run_decisions;  // decisions fingerprints
  bool tolerances_given = false;
  std::vector<MetricComparison> metrics;        // empty when the fingerprints agree
  std::optional<DecisionDivergence> divergence;

  bool identical() const { return golden_fingerprint == run_fingerprint && golden_decisions == run_decisions; }
  // Identical, or (only with tolerances) every metric within its tolerance.
  bool passed() const;
};

CheckReport check_regression(const std::string& run_path, const std::string& golden_path,
                             const Tolerances& tolerances);

}  // namespace preseason
