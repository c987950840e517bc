// How training data is split (docs/predictor.md): the share of athletes held out for
// testing, the late share of each recording's calendar used for early stopping, and the
// seed that picks the held-out athletes. Stored in the model file.
#pragma once

#include <cstdint>

namespace preseason {

struct SplitConfig {
  double held_out_fraction = 0.2;
  double validation_fraction = 0.25;
  std::uint64_t seed = 1;
  int horizon = 7;

  template <class Ar> void serialize(Ar& ar, unsigned) { ar & held_out_fraction & validation_fraction & seed & horizon; }
};

}  // namespace preseason
