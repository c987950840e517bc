#include <gtest/gtest.h>

#include "actors/predictor/adam.h"
#include "actors/predictor/clip_gradients.h"
#include "actors/predictor/tensor_views.h"

namespace preseason {
namespace {

const LstmShape kShape{2, 2, 1};

LstmParams filled(double value) {
  LstmParams p = LstmParams::zeros(kShape);
  for (TensorView& t : tensor_views(p)) t.values.setConstant(value);
  return p;
}

TEST(PredictorOptimiser, ClippingScalesToTheGlobalNormAndKeepsTheDirection) {
  LstmParams g = filled(1);
  const double n = std::sqrt(g.squared_norm());
  EXPECT_DOUBLE_EQ(clip_global_norm(g, 2), n);
  EXPECT_NEAR(std::sqrt(g.squared_norm()), 2, 1e-12);
  EXPECT_NEAR(g.out_b, 2 / n, 1e-15);
  LstmParams small = filled(1e-3);
  clip_global_norm(small, 2);
  EXPECT_EQ(small.out_b, 1e-3);
}

TEST(PredictorOptimiser, AdamsFirstStepMovesEachParameterByTheLearningRate) {
  LstmParams p = filled(0.5);
  Adam adam(kShape, {0.1, 0.9, 0.999, 1e-8, 0});
  adam.step(p, filled(3));
  EXPECT_NEAR(p.out_b, 0.4, 1e-9);
  EXPECT_NEAR(p.layers[0].w_ih(0, 0), 0.4, 1e-9);
}

TEST(PredictorOptimiser, WeightDecayShrinksWeightsButNotBiases) {
  LstmParams p = filled(1);
  Adam adam(kShape, {0.1, 0.9, 0.999, 1e-8, 0.5});
  adam.step(p, filled(0));
  EXPECT_NEAR(p.layers[0].w_hh(1, 1), 0.95, 1e-12);
  EXPECT_NEAR(p.out_w(0), 0.95, 1e-12);
  EXPECT_EQ(p.layers[0].b_ih(0), 1);
  EXPECT_EQ(p.out_b, 1);
}

}  // namespace
}  // namespace preseason
