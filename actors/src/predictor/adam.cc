#include "actors/predictor/adam.h"

#include <cmath>

#include "actors/predictor/tensor_views.h"

namespace preseason {

Adam::Adam(const LstmShape& shape, AdamConfig config)
    : config_(config), m_(LstmParams::zeros(shape)), v_(LstmParams::zeros(shape)) {}

void Adam::step(LstmParams& params, const LstmParams& gradients) {
  ++steps_;
  const double b1 = config_.beta1;
  const double b2 = config_.beta2;
  const double correction1 = 1 - std::pow(b1, static_cast<double>(steps_));
  const double correction2 = 1 - std::pow(b2, static_cast<double>(steps_));
  const double lr = config_.learning_rate;
  std::vector<TensorView> p = tensor_views(params);
  const std::vector<Eigen::Map<const Eigen::VectorXd>> g = tensor_views(gradients);
  std::vector<TensorView> m = tensor_views(m_);
  std::vector<TensorView> v = tensor_views(v_);
  for (std::size_t k = 0; k < p.size(); ++k) {
    m[k].values = b1 * m[k].values + (1 - b1) * g[k];
    v[k].values = b2 * v[k].values + (1 - b2) * g[k].cwiseAbs2();
    if (p[k].weight && config_.weight_decay > 0) p[k].values *= 1 - lr * config_.weight_decay;
    p[k].values.array() -=
        lr * (m[k].values.array() / correction1) / ((v[k].values.array() / correction2).sqrt() + config_.epsilon);
  }
}

}  // namespace preseason
