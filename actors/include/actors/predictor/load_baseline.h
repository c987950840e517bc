// The logistic baseline the LSTM must beat: the load features acwr_ewma, monotony,
// strain and tsb, z-scored with training-day mean and sd, a missing value set to the
// mean and flagged by an indicator, then L2 logistic regression (docs/predictor.md).
#pragma once

#include <vector>

#include "actors/features/feature_record.h"
#include "actors/predictor/feature_encoder.h"
#include "actors/predictor/logistic_regression.h"

namespace preseason {

class LoadBaseline {
 public:
  static const std::vector<Feature>& features();

  // `labels[k]` is 1 or 0 for records[k]; the encoding is fitted on these records only.
  static LoadBaseline fit(const std::vector<FeatureRecord>& records, const std::vector<double>& labels, double l2);

  // The regression's input: F z-scores (0 when missing), then F missing indicators.
  Eigen::VectorXd encode(const FeatureRecord& day) const;
  double probability(const FeatureRecord& day) const { return model_.probability(encode(day)); }

  const FeatureEncoder& encoder() const { return encoder_; }
  const LogisticRegression& model() const { return model_; }
  double l2() const { return l2_; }

  template <class Ar> void serialize(Ar& ar, unsigned) { ar & encoder_ & model_ & l2_; }

 private:
  FeatureEncoder encoder_;
  LogisticRegression model_;
  double l2_ = 0;
};

}  // namespace preseason
