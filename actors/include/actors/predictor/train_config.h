// The hyperparameters of one training run. Stored in the model file, so that a model
// says how it was made.
#pragma once

#include <cstdint>

namespace preseason {

struct TrainConfig {
  int hidden = 16;
  int layers = 1;
  double dropout = 0;  // between LSTM layers; needs layers > 1
  double learning_rate = 1e-2;
  double beta1 = 0.9;
  double beta2 = 0.999;
  double epsilon = 1e-8;
  double weight_decay = 0;  // decoupled, on weight matrices
  double clip_norm = 1;     // global gradient norm; <= 0 disables clipping
  int batch_size = 8;       // sequences per update
  int max_epochs = 100;
  int patience = 10;        // epochs without a better validation loss before stopping
  double pos_weight = 0;    // weight of a positive day; 0 = negatives / positives of the training set
  std::uint64_t seed = 1;

  template <class Ar> void serialize(Ar& ar, unsigned) {
    ar & hidden & layers & dropout & learning_rate & beta1 & beta2 & epsilon & weight_decay & clip_norm &
        batch_size & max_epochs & patience & pos_weight & seed;
  }
};

}  // namespace preseason
