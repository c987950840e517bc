// Helpers for the policy tests: a feature record with chosen values (everything else
// missing) and the planned sessions of a microcycle.
#pragma once

#include <cmath>
#include <initializer_list>
#include <utility>

#include "actors/policy/policy.h"

namespace preseason::test {

inline FeatureRecord features(std::initializer_list<std::pair<Feature, double>> values) {
  FeatureRecord r;
  r.values.fill(std::nan(""));
  r.inputs.fill(std::nan(""));
  for (const auto& [f, v] : values) r.values[index(f)] = v;
  return r;
}

// MD-4 strength session of the default templates: hard.
inline Session hard_session() { return Session{SessionType::kStrength, 70, 7, 0.6}; }
// MD-1 activation session: easy.
inline Session easy_session() { return Session{SessionType::kActivation, 50, 3, 0.3}; }
inline Session match_session() { return Session{SessionType::kMatch, 95, 8, 1.0}; }

inline PolicyInput input(const Session& plan, const FeatureRecord* yesterday, double risk = std::nan("")) {
  PolicyInput in;
  in.planned = plan;
  in.yesterday = yesterday;
  in.risk = risk;
  return in;
}

inline PolicySpec spec(const char* name, std::map<std::string, double> params = {}) {
  PolicySpec s;
  s.name = name;
  s.params = std::move(params);
  return s;
}

}  // namespace preseason::test
