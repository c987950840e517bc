// Schema of `squad:`: its size, the population and shared athlete parameters,
// athletes named in the file, match roles and evening habits.
#pragma once

#include <string>

#include "fields_athlete.h"
#include "scenarios/scenario.h"
#include "value_checks.h"

namespace preseason {

template <class B> void fields(B& b, SquadRoleParams& p) {
  b.distribution("starter_probability", p.starter_probability);
  b.number("substituted_probability", p.substituted_probability, kProbability);
  b.distribution("minutes_when_substituted", p.minutes_when_substituted);
  b.number("bench_appearance_probability", p.bench_appearance_probability, kProbability);
  b.distribution("bench_minutes", p.bench_minutes);
  b.distribution("friendly_minutes", p.friendly_minutes);
  b.number("recovery_threshold_min", p.recovery_threshold_min, kNonNegative);
}

template <class B> void fields(B& b, Lifestyle& p) {
  b.number("post_match_alcohol_probability", p.post_match_alcohol_probability, kProbability);
  b.distribution("post_match_alcohol_units", p.post_match_alcohol_units);
}

template <class B> void fields(B& b, ExplicitAthlete& a) {
  b.text("id", a.id, true);
  b.text("position", a.position);
  b.number_map("overrides", a.overrides, population_field_names(), kPositive);
}

template <class B> void squad_fields(B& b, Scenario& s) {
  b.integer("size", s.squad_size, kPositiveCount);
  b.section("population", s.population);
  b.section("shared", s.population.shared);
  b.list("athletes", s.athletes);
  b.require(s.athletes.size() <= s.squad_size, "athletes",
            expected_found("at most squad.size (" + std::to_string(s.squad_size) + ") athletes",
                           std::to_string(s.athletes.size())));
  for (std::size_t i = 0; i < s.athletes.size(); ++i) {
    for (std::size_t j = 0; j < i; ++j) {
      b.require(s.athletes[i].id != s.athletes[j].id, "athletes",
                expected_found("a different id for each athlete", "'" + s.athletes[i].id + "' twice"));
    }
  }
  b.section("roles", s.roles);
  b.section("lifestyle", s.lifestyle);
}

}  // namespace preseason
