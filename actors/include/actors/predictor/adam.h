// Adam (Kingma & Ba 2015) with decoupled weight decay (AdamW, Loshchilov & Hutter 2019)
// on the weight matrices only; biases are not decayed. Its moments are serialisable so
// that training can be checkpointed.
#pragma once

#include <cstdint>

#include "actors/predictor/lstm_params.h"

namespace preseason {

struct AdamConfig {
  double learning_rate = 1e-3;
  double beta1 = 0.9;
  double beta2 = 0.999;
  double epsilon = 1e-8;
  double weight_decay = 0;
};

class Adam {
 public:
  Adam(const LstmShape& shape, AdamConfig config);

  void step(LstmParams& params, const LstmParams& gradients);

  template <class Ar> void serialize(Ar& ar, unsigned) { ar & m_ & v_ & steps_; }

 private:
  AdamConfig config_;
  LstmParams m_;
  LstmParams v_;
  std::int64_t steps_ = 0;
};

}  // namespace preseason
