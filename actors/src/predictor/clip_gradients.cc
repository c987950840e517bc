#include "actors/predictor/clip_gradients.h"

#include <cmath>

#include "actors/predictor/tensor_views.h"

namespace preseason {

double clip_global_norm(LstmParams& gradients, double max_norm) {
  const double norm = std::sqrt(gradients.squared_norm());
  if (max_norm > 0 && norm > max_norm) {
    const double scale = max_norm / norm;
    for (TensorView& t : tensor_views(gradients)) t.values *= scale;
  }
  return norm;
}

}  // namespace preseason
