// The gate pre-activations of one LSTM layer for one day, a = ((W_ih x + b_ih) + W_hh h) + b_hh,
// written to caller storage without allocating. Each row of each product is summed over the
// columns in order from +0 and combined in that bracketing, which is what Eigen's column-major
// matrix-vector product and sum expression compute, so `a` keeps the bits inference had when it
// was written with those expressions (golden runs and model comparisons depend on them).
#pragma once

#include "actors/predictor/lstm_params.h"

namespace preseason {

// One layer's weights as a step reads them: W_ih (4H x inputs) and W_hh (4H x H) each cut into
// blocks of block_rows rows (the last block may be shorter), every block column-major with its
// own height as column stride and stored after the blocks above it. With block_rows = 4H this is
// Eigen's column-major storage itself.
struct GateWeights {
  const double* w_ih;
  const double* w_hh;
  const double* b_ih;
  const double* b_hh;
  int inputs;
  int hidden;
  int block_rows;
};

// The matrices of w as Eigen stores them.
GateWeights eigen_layout(const LstmLayerParams& w);

// Every input of x takes part; x has w.inputs values, h and a hold H and 4H.
void gate_preactivations(const GateWeights& w, const double* x, const double* h, double* a);

// Only the inputs of x listed in `columns` (increasing) take part. The caller leaves out only
// inputs that are zero and whose weights are all finite: their products are all ±0, and adding
// ±0 to a sum that starts at +0 changes no bit of it.
void gate_preactivations(const GateWeights& w, const double* x, const int* columns, int count, const double* h,
                         double* a);

}  // namespace preseason
