#include <gtest/gtest.h>

#include <limits>

#include "actors/predictor/feature_encoder.h"

namespace preseason {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

FeatureRecord record(double acwr, Quality acwr_quality, double hrv_z, Quality hrv_quality) {
  FeatureRecord r;
  r.values.fill(kNaN);
  r.quality.fill(Quality::kMissing);
  r.values[index(Feature::kAcwrEwma)] = acwr;
  r.quality[index(Feature::kAcwrEwma)] = acwr_quality;
  r.values[index(Feature::kHrvZ)] = hrv_z;
  r.quality[index(Feature::kHrvZ)] = hrv_quality;
  return r;
}

TEST(PredictorFeatureEncoder, FitsMeanAndSdOnPresentValuesOnly) {
  const std::vector<FeatureRecord> days = {record(1, Quality::kMeasured, kNaN, Quality::kMissing),
                                           record(2, Quality::kImputed, 5, Quality::kMeasured),
                                           record(3, Quality::kMeasured, kNaN, Quality::kMissing)};
  const FeatureEncoder e = FeatureEncoder::fit({Feature::kAcwrEwma, Feature::kHrvZ}, days);
  EXPECT_EQ(e.features(), (std::vector<std::string>{"acwr_ewma", "hrv_z"}));
  EXPECT_DOUBLE_EQ(e.mean()[0], 2);
  EXPECT_DOUBLE_EQ(e.sd()[0], 1);
  EXPECT_DOUBLE_EQ(e.mean()[1], 5);
  EXPECT_DOUBLE_EQ(e.sd()[1], 1);  // a single value gives no spread
  EXPECT_EQ(e.width(), 6);
}

TEST(PredictorFeatureEncoder, EncodesValuesThenMissingThenImputedIndicators) {
  const FeatureEncoder e({"acwr_ewma", "hrv_z"}, {1, 0}, {2, 1});
  const Eigen::VectorXd x = e.encode(record(2, Quality::kImputed, kNaN, Quality::kMissing));
  EXPECT_EQ(x, (Eigen::VectorXd(6) << 0.5, 0, 0, 1, 1, 0).finished());
  const Eigen::MatrixXd m = e.encode({record(1, Quality::kMeasured, -1, Quality::kMeasured)});
  EXPECT_EQ(m.col(0), (Eigen::VectorXd(6) << 0, -1, 0, 0, 0, 0).finished());
}

TEST(PredictorFeatureEncoder, RefusesUnknownFeaturesAndMismatchedSizes) {
  EXPECT_THROW(FeatureEncoder({"acwr"}, {0}, {1}), std::invalid_argument);
  EXPECT_THROW(FeatureEncoder({"acwr_ewma"}, {0, 1}, {1}), std::invalid_argument);
}

}  // namespace
}  // namespace preseason
