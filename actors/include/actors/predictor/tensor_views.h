// Every tensor of an LstmParams as a flat view, in LstmParams::for_each order, so that
// element-wise updates can walk parameters, gradients and moments side by side.
#pragma once

#include <Eigen/Core>
#include <vector>

#include "actors/predictor/lstm_params.h"

namespace preseason {

struct TensorView {
  Eigen::Map<Eigen::VectorXd> values;
  bool weight;
};

inline std::vector<TensorView> tensor_views(LstmParams& p) {
  std::vector<TensorView> views;
  p.for_each([&](const std::string&, Eigen::Map<Eigen::VectorXd> t, bool weight) {
    views.push_back({t, weight});
  });
  return views;
}

inline std::vector<Eigen::Map<const Eigen::VectorXd>> tensor_views(const LstmParams& p) {
  std::vector<Eigen::Map<const Eigen::VectorXd>> views;
  p.for_each([&](const std::string&, Eigen::Map<const Eigen::VectorXd> t, bool) { views.push_back(t); });
  return views;
}

}  // namespace preseason
