// A day's feature record as the LSTM's input: for F features, F values z-scored with training-day
// mean and sd (0 when missing), then F missing and F imputed indicators, so that "missing"
// is never confused with "average" (docs/predictor.md).
#pragma once

#include <Eigen/Core>
#include <boost/serialization/split_member.hpp>
#include <boost/serialization/string.hpp>
#include <boost/serialization/vector.hpp>
#include <string>
#include <vector>

#include "actors/features/feature_id.h"
#include "actors/features/feature_record.h"

namespace preseason {

class FeatureEncoder {
 public:
  FeatureEncoder() = default;
  // Throws std::invalid_argument for an unknown feature name or mismatched sizes.
  FeatureEncoder(std::vector<std::string> features, std::vector<double> mean, std::vector<double> sd);

  // Mean and sample SD of each feature's non-missing values. A feature with fewer than
  // two values or a zero SD gets sd = 1 (and mean 0 when it has no value at all).
  static FeatureEncoder fit(const std::vector<Feature>& features, const std::vector<FeatureRecord>& training);

  const std::vector<std::string>& features() const { return names_; }
  const std::vector<double>& mean() const { return mean_; }
  const std::vector<double>& sd() const { return sd_; }
  int width() const { return 3 * static_cast<int>(names_.size()); }

  Eigen::VectorXd encode(const FeatureRecord& day) const;
  // The same into x, which has width() values: lets a caller encoding day after day reuse its vector.
  void encode(const FeatureRecord& day, Eigen::Ref<Eigen::VectorXd> x) const;
  // One column per day, in the order given.
  Eigen::MatrixXd encode(const std::vector<FeatureRecord>& days) const;

  template <class Ar> void save(Ar& ar, unsigned) const { ar & names_ & mean_ & sd_; }
  template <class Ar> void load(Ar& ar, unsigned) {
    std::vector<std::string> names;
    std::vector<double> mean;
    std::vector<double> sd;
    ar & names & mean & sd;
    *this = FeatureEncoder(std::move(names), std::move(mean), std::move(sd));
  }
  BOOST_SERIALIZATION_SPLIT_MEMBER()

 private:
  std::vector<std::string> names_;
  std::vector<Feature> ids_;
  std::vector<double> mean_;
  std::vector<double> sd_;
};

}  // namespace preseason
