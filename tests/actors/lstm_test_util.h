// Small random LSTMs and batches for the predictor tests, reproducible from a seed.
#pragma once

#include <cmath>
#include <limits>
#include <vector>

#include "actors/predictor/labelled_sequence.h"
#include "actors/predictor/lstm.h"
#include "engine/random.h"

namespace preseason::test {

// Labels are 0 or 1 at random, with every seventh day unlabelled so masking is exercised.
inline std::vector<LabelledSequence> random_batch(Rng& rng, int sequences, int inputs, int days) {
  std::vector<LabelledSequence> batch(sequences);
  for (LabelledSequence& s : batch) {
    s.inputs.resize(inputs, days);
    for (Eigen::Index k = 0; k < s.inputs.size(); ++k) s.inputs.data()[k] = rng.normal();
    s.labels.resize(days);
    for (int d = 0; d < days; ++d) {
      s.labels(d) = d % 7 == 3 ? std::numeric_limits<double>::quiet_NaN() : (rng.bernoulli(0.4) ? 1.0 : 0.0);
    }
  }
  return batch;
}

}  // namespace preseason::test
