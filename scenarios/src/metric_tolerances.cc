#include "scenarios/metric_tolerances.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "closest_key.h"
#include "scenarios/season_metrics.h"

namespace preseason {

namespace {

std::vector<std::string> metric_names() {
  std::vector<std::string> names;
  for (const SeasonMetric& m : season_metrics()) names.emplace_back(m.name);
  return names;
}

std::string joined(const std::vector<std::string>& names) {
  std::string s;
  for (const std::string& n : names) s += (s.empty() ? "" : ", ") + n;
  return s;
}

}  // namespace

Tolerances parse_tolerances(const std::vector<std::string>& options) {
  const std::vector<std::string> names = metric_names();
  Tolerances tolerances;
  for (const std::string& option : options) {
    const std::string where = "--tolerance '" + option + "'";
    const auto eq = option.find('=');
    if (eq == std::string::npos) throw CheckInputError(where + ": expected METRIC=VALUE");
    const std::string metric = option.substr(0, eq);
    if (std::find(names.begin(), names.end(), metric) == names.end()) {
      const std::string guess = closest_key(metric, names);
      throw CheckInputError(where + ": unknown metric '" + metric + "'" +
                            (guess.empty() ? "" : " (did you mean '" + guess + "'?)") + "; expected one of " +
                            joined(names));
    }
    const std::string text = option.substr(eq + 1);
    char* end = nullptr;
    const double value = std::strtod(text.c_str(), &end);
    if (text.empty() || *end != '\0' || !std::isfinite(value) || value < 0)
      throw CheckInputError(where + ": expected a finite number >= 0, found '" + text + "'");
    if (!tolerances.emplace(metric, value).second) throw CheckInputError(where + ": " + metric + " given twice");
  }
  return tolerances;
}

}  // namespace preseason
