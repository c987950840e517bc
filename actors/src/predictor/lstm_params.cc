#include "actors/predictor/lstm_params.h"

#include <cmath>

#include "engine/random.h"

namespace preseason {

LstmParams LstmParams::zeros(const LstmShape& shape) {
  LstmParams p;
  p.shape = shape;
  const int g = 4 * shape.hidden;
  for (int l = 0; l < shape.layers; ++l) {
    LstmLayerParams layer;
    layer.w_ih = Eigen::MatrixXd::Zero(g, shape.layer_inputs(l));
    layer.w_hh = Eigen::MatrixXd::Zero(g, shape.hidden);
    layer.b_ih = Eigen::VectorXd::Zero(g);
    layer.b_hh = Eigen::VectorXd::Zero(g);
    p.layers.push_back(std::move(layer));
  }
  p.out_w = Eigen::RowVectorXd::Zero(shape.hidden);
  return p;
}

LstmParams LstmParams::random(const LstmShape& shape, Rng& rng) {
  LstmParams p = zeros(shape);
  const double k = 1.0 / std::sqrt(static_cast<double>(shape.hidden));
  p.for_each([&](const std::string&, Eigen::Map<Eigen::VectorXd> t, bool) {
    for (Eigen::Index i = 0; i < t.size(); ++i) t[i] = rng.uniform(-k, k);
  });
  return p;
}

double LstmParams::squared_norm() const {
  double sum = 0;
  for_each([&](const std::string&, Eigen::Map<const Eigen::VectorXd> t, bool) { sum += t.squaredNorm(); });
  return sum;
}

bool LstmParams::operator==(const LstmParams& other) const {
  if (!(shape == other.shape) || layers.size() != other.layers.size()) return false;
  for (std::size_t l = 0; l < layers.size(); ++l) {
    const LstmLayerParams& a = layers[l];
    const LstmLayerParams& b = other.layers[l];
    if (a.w_ih != b.w_ih || a.w_hh != b.w_hh || a.b_ih != b.b_ih || a.b_hh != b.b_hh) return false;
  }
  return out_w == other.out_w && out_b == other.out_b;
}

}  // namespace preseason
