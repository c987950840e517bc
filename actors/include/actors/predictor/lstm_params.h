// The parameters of an LSTM with a dense sigmoid output, laid out as PyTorch's
// nn.LSTM (gates i, f, g, o stacked in rows; W_ih, W_hh, b_ih, b_hh per layer) and
// nn.Linear, so weights map 1:1. Gradients and optimiser moments use the same type.
#pragma once

#include <Eigen/Core>
#include <boost/serialization/string.hpp>
#include <boost/serialization/vector.hpp>
#include <string>
#include <vector>

#include "actors/predictor/eigen_serialization.h"
#include "actors/predictor/lstm_shape.h"

namespace preseason {

class Rng;

struct LstmLayerParams {
  Eigen::MatrixXd w_ih;  // 4H x inputs
  Eigen::MatrixXd w_hh;  // 4H x H
  Eigen::VectorXd b_ih;  // 4H
  Eigen::VectorXd b_hh;  // 4H

  template <class Ar> void serialize(Ar& ar, unsigned) { ar & w_ih & w_hh & b_ih & b_hh; }
};

struct LstmParams {
  LstmShape shape;
  std::vector<LstmLayerParams> layers;
  Eigen::RowVectorXd out_w;  // 1 x H, as nn.Linear(H, 1).weight
  double out_b = 0;

  // All zeros: the starting point of gradients and Adam's moments.
  static LstmParams zeros(const LstmShape& shape);
  // PyTorch's default initialisation: every value uniform in [-1/sqrt(H), 1/sqrt(H)).
  static LstmParams random(const LstmShape& shape, Rng& rng);

  // Visits every tensor as a flat array, in a fixed order, with a PyTorch-style name
  // ("weight_ih_l0", ..., "out.weight", "out.bias") and whether it is a weight matrix
  // (weight decay applies to those only). Lets the optimiser treat all tensors alike.
  template <class F> void for_each(F f);
  template <class F> void for_each(F f) const;

  double squared_norm() const;
  bool operator==(const LstmParams& other) const;

  template <class Ar> void serialize(Ar& ar, unsigned) { ar & shape & layers & out_w & out_b; }
};

template <class F> void LstmParams::for_each(F f) {
  for (std::size_t l = 0; l < layers.size(); ++l) {
    const std::string s = std::to_string(l);
    f("weight_ih_l" + s, Eigen::Map<Eigen::VectorXd>(layers[l].w_ih.data(), layers[l].w_ih.size()), true);
    f("weight_hh_l" + s, Eigen::Map<Eigen::VectorXd>(layers[l].w_hh.data(), layers[l].w_hh.size()), true);
    f("bias_ih_l" + s, Eigen::Map<Eigen::VectorXd>(layers[l].b_ih.data(), layers[l].b_ih.size()), false);
    f("bias_hh_l" + s, Eigen::Map<Eigen::VectorXd>(layers[l].b_hh.data(), layers[l].b_hh.size()), false);
  }
  f(std::string("out.weight"), Eigen::Map<Eigen::VectorXd>(out_w.data(), out_w.size()), true);
  f(std::string("out.bias"), Eigen::Map<Eigen::VectorXd>(&out_b, 1), false);
}

template <class F> void LstmParams::for_each(F f) const {
  const_cast<LstmParams*>(this)->for_each(
      [&](const std::string& name, Eigen::Map<Eigen::VectorXd> t, bool weight) {
        f(name, Eigen::Map<const Eigen::VectorXd>(t.data(), t.size()), weight);
      });
}

}  // namespace preseason
