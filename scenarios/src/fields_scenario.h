// Schema of a whole scenario file: name, seed, replicates, the season, squad, devices
// and policy sections and the vendor mapping. Reader and Writer both walk it, so the
// file format and the canonical text cannot drift apart.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "fields_athlete.h"
#include "fields_automation.h"
#include "fields_calendar.h"
#include "fields_devices.h"
#include "fields_policy.h"
#include "fields_squad.h"
#include "number_text.h"
#include "scenarios/scenario.h"
#include "value_checks.h"

namespace preseason {

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
  rule_fields(b, s.rules);
  b.section("coach", s.coach);
  b.text("mapping", s.mapping);
  b.require(!s.mapping.empty(), "mapping", expected_found("a path to a vendor mapping", "an empty one"));
  b.text("predictor", s.predictor);
  // A live config is a scenario with a `live` section, read by the live layer; the
  // canonical text leaves it out, so tokens never reach a recording.
  b.skip("live");
}

}  // namespace preseason
