#include "actors/features/feature_pipeline.h"

namespace preseason {

FeatureUpdate FeaturePipeline::update(const DailyInput& in) {
  auto it = athletes_.find(in.athlete);
  if (it == athletes_.end()) it = athletes_.emplace(in.athlete, AthleteFeatures(config_)).first;
  return it->second.update(in);
}

}  // namespace preseason
