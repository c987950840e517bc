#include "actors/predictor/load_baseline.h"

namespace preseason {

const std::vector<Feature>& LoadBaseline::features() {
  static const std::vector<Feature> f = {Feature::kAcwrEwma, Feature::kMonotony, Feature::kStrain, Feature::kTsb};
  return f;
}

LoadBaseline LoadBaseline::fit(const std::vector<FeatureRecord>& records, const std::vector<double>& labels, double l2) {
  LoadBaseline b;
  b.encoder_ = FeatureEncoder::fit(features(), records);
  b.l2_ = l2;
  const int width = 2 * static_cast<int>(features().size());
  Eigen::MatrixXd x(static_cast<Eigen::Index>(records.size()), width);
  Eigen::VectorXd y(static_cast<Eigen::Index>(records.size()));
  for (std::size_t k = 0; k < records.size(); ++k) {
    x.row(static_cast<Eigen::Index>(k)) = b.encode(records[k]).transpose();
    y(static_cast<Eigen::Index>(k)) = labels[k];
  }
  b.model_ = LogisticRegression::fit(x, y, l2);
  return b;
}

Eigen::VectorXd LoadBaseline::encode(const FeatureRecord& day) const {
  return encoder_.encode(day).head(2 * static_cast<Eigen::Index>(features().size()));
}

}  // namespace preseason
