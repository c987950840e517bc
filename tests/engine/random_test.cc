#include <gtest/gtest.h>

#include <boost/archive/binary_iarchive.hpp>
#include <boost/archive/binary_oarchive.hpp>
#include <boost/serialization/array.hpp>
#include <cmath>
#include <sstream>
#include <vector>

#include "engine/random.h"

namespace preseason {
namespace {

TEST(Rng, StreamsAreReproducibleAndDistinct) {
  Rng a(1, 0, 5), b(1, 0, 5), other_actor(1, 0, 6), other_rep(1, 1, 5), other_seed(2, 0, 5);
  for (int i = 0; i < 100; ++i) {
    const auto x = a();
    EXPECT_EQ(x, b());
    EXPECT_NE(x, other_actor());
    EXPECT_NE(x, other_rep());
    EXPECT_NE(x, other_seed());
  }
}

TEST(Rng, DistributionsHaveTheirMoments) {
  Rng r(42, 0, 0);
  const int n = 200000;
  double su = 0, sn = 0, sn2 = 0, se = 0, sp = 0;
  for (int i = 0; i < n; ++i) {
    const double u = r.uniform();
    ASSERT_GE(u, 0.0);
    ASSERT_LT(u, 1.0);
    su += u;
    const double z = r.normal(3.0, 2.0);
    sn += z;
    sn2 += z * z;
    se += r.exponential(4.0);
    sp += r.poisson(3.5);
  }
  EXPECT_NEAR(su / n, 0.5, 0.005);
  const double mean = sn / n;
  EXPECT_NEAR(mean, 3.0, 0.02);
  EXPECT_NEAR(std::sqrt(sn2 / n - mean * mean), 2.0, 0.02);
  EXPECT_NEAR(se / n, 0.25, 0.005);
  EXPECT_NEAR(sp / n, 3.5, 0.03);
}

TEST(Rng, NormalFollowsTheStandardNormalIntoTheTails) {
  Rng r(9, 0, 0);
  const int n = 4000000;
  const std::vector<double> q{-4, -3.6541528853610088, -3, -2, -1, -0.5, 0, 0.5, 1, 2, 3, 3.6541528853610088, 4};
  std::vector<long> below(q.size(), 0);
  double s1 = 0, s2 = 0, s3 = 0, s4 = 0;
  for (int i = 0; i < n; ++i) {
    const double z = r.normal();
    for (std::size_t k = 0; k < q.size(); ++k) below[k] += z < q[k];
    s1 += z;
    s2 += z * z;
    s3 += z * z * z;
    s4 += z * z * z * z;
  }
  for (std::size_t k = 0; k < q.size(); ++k) {
    const double p = 0.5 * std::erfc(-q[k] / std::sqrt(2.0));
    const double se = std::sqrt(p * (1 - p) / n);
    EXPECT_NEAR(double(below[k]) / n, p, 5 * se) << "P(z < " << q[k] << ")";
  }
  EXPECT_NEAR(s1 / n, 0, 0.003);
  EXPECT_NEAR(s2 / n, 1, 0.004);
  EXPECT_NEAR(s3 / n, 0, 0.01);
  EXPECT_NEAR(s4 / n, 3, 0.025);
}

TEST(Rng, ZigguratLayersHaveEqualArea) {
  const auto& z = detail::normal_ziggurat();
  const std::size_t n = detail::NormalZiggurat::kLayers;
  const double r = z.x[1];
  const double v = r * z.f[1] + std::sqrt(std::acos(-1.0) / 2) * std::erfc(r / std::sqrt(2.0));
  EXPECT_DOUBLE_EQ(z.x[0] * z.f[1], v);
  EXPECT_EQ(z.x[n], 0);
  for (std::size_t i = 1; i < n; ++i) {
    ASSERT_GT(z.x[i], z.x[i + 1]);
    EXPECT_NEAR(z.x[i] * (z.f[i + 1] - z.f[i]), v, 1e-12) << "layer " << i;
  }
}

TEST(Rng, BelowIsInRangeAndUniform) {
  Rng r(7, 0, 0);
  std::vector<int> counts(7, 0);
  for (int i = 0; i < 70000; ++i) {
    const auto x = r.below(7);
    ASSERT_LT(x, 7u);
    ++counts[x];
  }
  for (int c : counts) EXPECT_NEAR(c, 10000, 400);
}

TEST(Rng, SerializedStreamContinuesExactly) {
  Rng r(3, 2, 1);
  for (int i = 0; i < 17; ++i) r.normal();
  std::stringstream buf;
  {
    boost::archive::binary_oarchive ar(buf);
    ar << r;
  }
  Rng restored;
  {
    boost::archive::binary_iarchive ar(buf);
    ar >> restored;
  }
  EXPECT_EQ(restored, r);
  for (int i = 0; i < 50; ++i) EXPECT_EQ(restored.normal(), r.normal());
}

}  // namespace
}  // namespace preseason
