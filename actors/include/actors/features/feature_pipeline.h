// Features for a whole squad: one incremental AthleteFeatures per athlete, fed
// athlete-day by athlete-day, checkpointable with Boost.Serialization.
#pragma once

#include <boost/serialization/map.hpp>
#include <boost/serialization/string.hpp>
#include <map>
#include <string>

#include "actors/features/athlete_features.h"

namespace preseason {

class FeaturePipeline {
 public:
  explicit FeaturePipeline(FeatureConfig config = {}) : config_(config) {}

  FeatureUpdate update(const DailyInput& in);
  // Requires that `athlete` has been fed.
  const AthleteFeatures& athlete(const std::string& name) const { return athletes_.at(name); }
  const std::map<std::string, AthleteFeatures>& athletes() const { return athletes_; }

  template <class Ar> void serialize(Ar& ar, unsigned) { ar & config_ & athletes_; }

 private:
  FeatureConfig config_;
  std::map<std::string, AthleteFeatures> athletes_;
};

}  // namespace preseason
