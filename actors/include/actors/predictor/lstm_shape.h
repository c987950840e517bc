// The size of an LSTM predictor: inputs per day, hidden units per layer, and layers.
#pragma once

#include <cstddef>

namespace preseason {

struct LstmShape {
  int inputs = 0;
  int hidden = 0;
  int layers = 1;

  // The input width of layer l: the day's vector for the first, the layer below otherwise.
  int layer_inputs(int l) const { return l == 0 ? inputs : hidden; }

  template <class Ar> void serialize(Ar& ar, unsigned) { ar & inputs & hidden & layers; }

  friend bool operator==(const LstmShape& a, const LstmShape& b) {
    return a.inputs == b.inputs && a.hidden == b.hidden && a.layers == b.layers;
  }
};

}  // namespace preseason
