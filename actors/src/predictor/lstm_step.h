// One day of the LSTM at inference, as Lstm::step and PackedLstm::step run it: through every layer,
// in place on the athlete's state and without allocating, in the operation order of the Eigen
// expressions it was first written with, so that probabilities keep their recorded bits.
#pragma once

#include <Eigen/Core>
#include <cstddef>

#include "actors/predictor/lstm_params.h"
#include "actors/predictor/lstm_state.h"
#include "gate_preactivations.h"

namespace preseason {

// The first layer's input and the inputs the step multiplies: all, or only those listed.
struct StepInput {
  const Eigen::VectorXd& values;
  const int* columns = nullptr;  // increasing, as gate_preactivations.h requires; nullptr for all
  int count = 0;
};

// Throws std::invalid_argument unless the input has p.shape.inputs values.
void check_step_input(const LstmParams& p, const Eigen::VectorXd& input);
// Room for one layer's 4H gate pre-activations, reused by every step on this thread.
double* gate_scratch(int hidden);
// The cell and hidden state of one layer from its gate pre-activations a.
void update_cell(const double* a, int hidden, Eigen::VectorXd& h, Eigen::VectorXd& c);
// The probability from the last layer's hidden state.
double output_probability(const LstmParams& p, const LstmState& state);

// layer_weights(l) gives layer l's GateWeights; biases, shapes and the output layer come from p.
// Returns the day's probability; the input is checked already.
template <class LayerWeights>
double step_layers(const LstmParams& p, LayerWeights layer_weights, const StepInput& input, LstmState& state) {
  const int hidden = p.shape.hidden;
  double* a = gate_scratch(hidden);
  for (std::size_t l = 0; l < p.layers.size(); ++l) {
    const GateWeights w = layer_weights(l);
    if (l > 0) {
      gate_preactivations(w, state.h[l - 1].data(), state.h[l].data(), a);
    } else if (input.columns) {
      gate_preactivations(w, input.values.data(), input.columns, input.count, state.h[0].data(), a);
    } else {
      gate_preactivations(w, input.values.data(), state.h[0].data(), a);
    }
    update_cell(a, hidden, state.h[l], state.c[l]);
  }
  return output_probability(p, state);
}

}  // namespace preseason
