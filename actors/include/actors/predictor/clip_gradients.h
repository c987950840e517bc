// Gradient clipping by global norm (Pascanu et al. 2013): when the norm over all
// gradient tensors exceeds max_norm, every gradient is scaled by max_norm / norm, which
// keeps the update's direction while exploding gradients are tamed.
#pragma once

#include "actors/predictor/lstm_params.h"

namespace preseason {

// Returns the norm before clipping. max_norm <= 0 disables clipping.
double clip_global_norm(LstmParams& gradients, double max_norm);

}  // namespace preseason
