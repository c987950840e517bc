// Schema of a whole scenario file: name, seed, replicates, the season, squad, devices
// and policy sections and the vendor mapping. Reader and Writer both walk it, so the
// file format and the canonical text cannot drift apart.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "fields_athlete.h"
#include "fields_calendar.h"
#include "fields_devices.h"
#include "fields_squad.h"
#include "number_text.h"
#include "scenarios/scenario.h"
#include "value_checks.h"

namespace preseason {

inline const std::vector<std::string>& policy_names() {
  static const std::vector<std::string> names = {"fixed", "acwr_band"};
  return names;
}

// Keep sessions while the EWMA ACWR stays in [low, high] (Gabbett 2016's 0.8-1.3).
struct AcwrBandParams {
  double low = 0.8;
  double high = 1.3;
};

struct NoPolicyParams {};

template <class B> void fields(B& b, AcwrBandParams& p) {
  b.number("low", p.low, kPositive);
  b.number("high", p.high, kPositive);
  b.require(p.high > p.low, "high", expected_found("a value above low (" + number_text(p.low) + ")", number_text(p.high)));
}

template <class B> void fields(B&, NoPolicyParams&) {}

inline double param_or(const std::map<std::string, double>& params, const std::string& key, double fallback) {
  const auto it = params.find(key);
  return it == params.end() ? fallback : it->second;
}

template <class B> void fields(B& b, PolicySpec& p) {
  b.choice("name", p.name, policy_names());
  if (p.name == "acwr_band") {
    const AcwrBandParams defaults;
    AcwrBandParams band{param_or(p.params, "low", defaults.low), param_or(p.params, "high", defaults.high)};
    b.section("params", band);
    p.params = {{"low", band.low}, {"high", band.high}};
  } else {
    NoPolicyParams none;
    b.section("params", none);
    p.params.clear();
  }
}

template <class B> void fields(B& b, Scenario& s) {
  b.text("name", s.name);
  b.require(!s.name.empty(), "name", expected_found("a name", "an empty one"));
  b.integer("seed", s.seed, kSeed);
  b.integer("replicates", s.replicates, kPositiveCount);
  b.need("season", "a season section with start and end dates");
  b.section("season", s.calendar);
  b.group("squad", [&](auto& g) { squad_fields(g, s); });
  b.group("devices", [&](auto& g) { device_fields(g, s); });
  b.section("policy", s.policy);
  b.text("mapping", s.mapping);
  b.require(!s.mapping.empty(), "mapping", expected_found("a path to a vendor mapping", "an empty one"));
}

}  // namespace preseason
