// Per-athlete overrides of the population's distributions, by field name (e.g.
// habitual_daily_load: 420 fixes that athlete's value). Unknown names are refused.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "actors/athlete/athlete_params.h"

namespace preseason {

// A population distribution by the name scenario files use for it.
struct PopulationField {
  const char* name;
  Distribution AthletePopulation::*member;
};

// Every population field, in the order the population declares them.
const std::vector<PopulationField>& population_fields();

// The names an override may use, in the same order.
const std::vector<std::string>& population_field_names();

// Throws std::invalid_argument naming an unknown field.
void apply_population_overrides(const std::map<std::string, double>& overrides, AthletePopulation& population);

}  // namespace preseason
