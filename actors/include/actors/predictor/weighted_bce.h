// Binary cross-entropy on a logit with a weight on the positive class (PyTorch's
// BCEWithLogitsLoss with pos_weight), so the rare positive days are not swamped.
// Written with softplus so that large logits neither overflow nor lose precision.
#pragma once

#include <algorithm>
#include <cmath>

namespace preseason {

inline double softplus(double z) { return std::max(z, 0.0) + std::log1p(std::exp(-std::abs(z))); }

inline double sigmoid(double z) {
  if (z >= 0) return 1.0 / (1.0 + std::exp(-z));
  const double e = std::exp(z);
  return e / (1.0 + e);
}

// -[w y log s(z) + (1 - y) log(1 - s(z))]
inline double weighted_bce(double logit, double label, double pos_weight) {
  return pos_weight * label * softplus(-logit) + (1 - label) * softplus(logit);
}

// d weighted_bce / d logit
inline double weighted_bce_gradient(double logit, double label, double pos_weight) {
  const double s = sigmoid(logit);
  return pos_weight * label * (s - 1) + (1 - label) * s;
}

}  // namespace preseason
