#include <gtest/gtest.h>

#include <cstdio>

#include "actors/predictor/lstm.h"
#include "actors/predictor/tensor_views.h"
#include "lstm_test_util.h"

namespace preseason {
namespace {

constexpr double kStep = 1e-6;
constexpr double kTolerance = 1e-5;
constexpr double kPosWeight = 3;

// |analytic - numeric| / (|analytic| + |numeric|) over a whole tensor, in the 2-norm.
double relative_error(const Eigen::VectorXd& analytic, const Eigen::VectorXd& numeric) {
  const double scale = analytic.norm() + numeric.norm();
  return scale > 0 ? (analytic - numeric).norm() / scale : 0.0;
}

// Dropout masks come from a stream restarted for every evaluation, so each evaluation
// of the loss sees the same masks and the loss is a smooth function of the parameters.
double loss_with_masks(const Lstm& model, const std::vector<LabelledSequence>& batch, double dropout) {
  Rng masks(99, 0, 0);
  return model.loss_and_gradients(batch, kPosWeight, dropout, &masks).loss;
}

void check_gradients(double dropout) {
  Rng rng(7, 0, 0);
  Lstm model(LstmParams::random({4, 3, 2}, rng));
  std::vector<LabelledSequence> batch = test::random_batch(rng, 2, 4, 5);
  Rng masks(99, 0, 0);
  const LossAndGradients lg = model.loss_and_gradients(batch, kPosWeight, dropout, &masks);
  ASSERT_GT(lg.labelled, 0);

  std::vector<std::string> names;
  model.params().for_each([&](const std::string& name, Eigen::Map<Eigen::VectorXd>, bool) { names.push_back(name); });
  const auto analytic = tensor_views(lg.gradients);
  for (std::size_t k = 0; k < names.size(); ++k) {
    auto values = tensor_views(model.params())[k].values;
    Eigen::VectorXd numeric(values.size());
    for (Eigen::Index j = 0; j < values.size(); ++j) {
      const double saved = values[j];
      values[j] = saved + kStep;
      const double up = loss_with_masks(model, batch, dropout);
      values[j] = saved - kStep;
      const double down = loss_with_masks(model, batch, dropout);
      values[j] = saved;
      numeric[j] = (up - down) / (2 * kStep);
    }
    const double error = relative_error(analytic[k], numeric);
    std::printf("dropout %.1f  %-12s relative error %.2e\n", dropout, names[k].c_str(), error);
    EXPECT_LT(error, kTolerance) << names[k];
  }

  for (std::size_t s = 0; s < batch.size(); ++s) {
    Eigen::MatrixXd& x = batch[s].inputs;
    Eigen::MatrixXd numeric(x.rows(), x.cols());
    for (Eigen::Index j = 0; j < x.size(); ++j) {
      const double saved = x.data()[j];
      x.data()[j] = saved + kStep;
      const double up = loss_with_masks(model, batch, dropout);
      x.data()[j] = saved - kStep;
      const double down = loss_with_masks(model, batch, dropout);
      x.data()[j] = saved;
      numeric.data()[j] = (up - down) / (2 * kStep);
    }
    const Eigen::Map<const Eigen::VectorXd> a(lg.input_gradients[s].data(), x.size());
    const Eigen::Map<const Eigen::VectorXd> n(numeric.data(), x.size());
    const double error = relative_error(a, n);
    std::printf("dropout %.1f  input %zu      relative error %.2e\n", dropout, s, error);
    EXPECT_LT(error, kTolerance) << "input " << s;
  }
}

TEST(LstmGradientCheck, EveryParameterAndTheInputMatchFiniteDifferences) { check_gradients(0); }

TEST(LstmGradientCheck, GradientsMatchWithDropoutBetweenLayers) { check_gradients(0.5); }

}  // namespace
}  // namespace preseason
