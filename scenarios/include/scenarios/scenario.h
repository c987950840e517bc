// A season scenario as plain data: what a scenario file says, after validation.
// The loader fills it from YAML; the season builder turns it into actors. Every
// field has the default a scenario gets when the file leaves it out.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "actors/athlete/athlete_params.h"
#include "actors/automation/rule_spec.h"
#include "actors/coach/coach_params.h"
#include "actors/devices/environment_sensor.h"
#include "actors/devices/gps_unit.h"
#include "actors/devices/ring.h"
#include "actors/devices/strap.h"
#include "actors/devices/watch.h"
#include "actors/devices/wellness_app.h"
#include "actors/planner/season_plan_params.h"
#include "actors/planner/squad_selection.h"
#include "actors/policy/policy_spec.h"

namespace preseason {

enum class DeviceKind { kRing, kStrap, kWatch, kGps, kWellnessApp, kEnvironment };

// A share of the squad wearing the same set of devices.
struct DeviceMix {
  std::string name;
  double share = 1.0;  // shares across mixes sum to 1
  std::vector<DeviceKind> devices;
};

struct DeviceSettings {
  RingParams ring;
  StrapParams strap;
  WatchParams watch;
  GpsParams gps;
  WellnessAppParams wellness_app;
  EnvironmentParams environment;  // a bedroom sensor
};

// An athlete named in the file, overriding parts of the drawn parameters.
struct ExplicitAthlete {
  std::string id;        // pseudonymous id used in recordings, e.g. "a07"
  std::string position;  // free text, recorded as an attribute
  std::map<std::string, double> overrides;  // population field name -> fixed value
};

// Evening habits the athlete model takes as inputs.
struct Lifestyle {
  double post_match_alcohol_probability = 0.3;
  Distribution post_match_alcohol_units = Distribution::uniform(2, 6);
};

struct Scenario {
  std::string name;
  std::string path;  // the file it came from, for messages and provenance
  std::uint64_t seed = 1;
  std::uint32_t replicates = 1;

  SeasonPlanParams calendar;  // season dates, pre-season, match rhythm, travel
  SquadRoleParams roles;

  std::uint32_t squad_size = 25;
  AthletePopulation population;
  std::vector<ExplicitAthlete> athletes;  // the first athletes of the squad, if any
  Lifestyle lifestyle;

  std::vector<DeviceMix> device_mixes;
  DeviceSettings devices;

  PolicySpec policy;
  // Automation rules (docs/automation.md) and the coach who reviews proposals; by
  // default no rules and a coach who accepts everything.
  std::vector<RuleSpec> rules;
  CoachParams coach;

  // The vendor mapping readings go through (scenario_file_path.h resolves a relative one).
  std::string mapping = "mappings/vendors.yaml";

  // A trained predictor model file (docs/predictor.md), resolved like `mapping`; empty
  // for a run without a predictor, whose policies then see no risk.
  std::string predictor;

  // The whole scenario in canonical form, every default written out (see
  // to_yaml): what a recording stores as provenance and what the hash covers.
  std::string effective_yaml;
};

}  // namespace preseason
