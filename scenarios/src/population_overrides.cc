#include "scenarios/population_overrides.h"

#include <stdexcept>

namespace preseason {

const std::vector<PopulationField>& population_fields() {
  static const std::vector<PopulationField> table = {
      {"habitual_daily_load", &AthletePopulation::habitual_daily_load},
      {"fitness_time_constant_days", &AthletePopulation::fitness_time_constant_days},
      {"fatigue_time_constant_days", &AthletePopulation::fatigue_time_constant_days},
      {"fatigue_gain", &AthletePopulation::fatigue_gain},
      {"baseline_ln_rmssd", &AthletePopulation::baseline_ln_rmssd},
      {"baseline_resting_hr_bpm", &AthletePopulation::baseline_resting_hr_bpm},
      {"hrv_day_to_day_sd", &AthletePopulation::hrv_day_to_day_sd},
      {"habitual_sleep_h", &AthletePopulation::habitual_sleep_h},
      {"sleep_need_h", &AthletePopulation::sleep_need_h},
      {"running_capacity", &AthletePopulation::running_capacity},
      {"overreaching_fatigue_threshold", &AthletePopulation::overreaching_fatigue_threshold},
  };
  return table;
}

const std::vector<std::string>& population_field_names() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out;
    for (const PopulationField& f : population_fields()) out.push_back(f.name);
    return out;
  }();
  return names;
}

void apply_population_overrides(const std::map<std::string, double>& overrides, AthletePopulation& population) {
  for (const auto& [name, value] : overrides) {
    bool found = false;
    for (const PopulationField& f : population_fields()) {
      if (f.name == name) {
        population.*f.member = Distribution::fixed(value);
        found = true;
      }
    }
    if (!found) throw std::invalid_argument("unknown athlete parameter '" + name + "'");
  }
}

}  // namespace preseason
