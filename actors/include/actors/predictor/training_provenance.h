// Where a model came from, stored in its file: the recordings (with their identifying
// attributes, e.g. scenario hash and seed), the split and which athletes it used, the
// sequence chunking, and the loss curves.
#pragma once

#include <boost/serialization/map.hpp>
#include <boost/serialization/string.hpp>
#include <boost/serialization/vector.hpp>
#include <map>
#include <string>
#include <vector>

#include "actors/predictor/split_config.h"

namespace preseason {

struct RecordingSource {
  std::string path;
  std::map<std::string, std::string> attributes;  // e.g. creator, scenario, scenario_sha256, seed, replicate
  std::string first_validation_day;               // YYYY-MM-DD, the recording's chronological cut

  template <class Ar> void serialize(Ar& ar, unsigned) { ar & path & attributes & first_validation_day; }
};

struct TrainingProvenance {
  std::vector<RecordingSource> recordings;
  SplitConfig split;
  std::vector<std::string> training_athletes;
  std::vector<std::string> held_out_athletes;
  int chunk_days = 0;    // fitting sequences cut into chunks of this many labelled days; 0 = whole
  int context_days = 0;  // unlabelled days before each chunk, to warm up the state
  int fit_days = 0;      // labelled fitting days and their positives
  int fit_positives = 0;
  std::vector<double> training_loss;    // per epoch
  std::vector<double> validation_loss;  // per epoch

  template <class Ar> void serialize(Ar& ar, unsigned) {
    ar & recordings & split & training_athletes & held_out_athletes & chunk_days & context_days & fit_days &
        fit_positives & training_loss & validation_loss;
  }
};

}  // namespace preseason
