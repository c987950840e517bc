#include "actors/predictor/feature_encoder.h"

#include <cmath>
#include <stdexcept>

namespace preseason {
namespace {

Feature feature_by_name(const std::string& name) {
  for (std::size_t k = 0; k < kFeatureCount; ++k) {
    const Feature f = static_cast<Feature>(k);
    if (feature_name(f) == name) return f;
  }
  throw std::invalid_argument("unknown feature '" + name + "'");
}

}  // namespace

FeatureEncoder::FeatureEncoder(std::vector<std::string> features, std::vector<double> mean, std::vector<double> sd)
    : names_(std::move(features)), mean_(std::move(mean)), sd_(std::move(sd)) {
  if (mean_.size() != names_.size() || sd_.size() != names_.size()) {
    throw std::invalid_argument("feature normalisation needs one mean and one sd per feature");
  }
  for (const std::string& name : names_) ids_.push_back(feature_by_name(name));
}

FeatureEncoder FeatureEncoder::fit(const std::vector<Feature>& features, const std::vector<FeatureRecord>& training) {
  std::vector<std::string> names;
  std::vector<double> mean;
  std::vector<double> sd;
  for (Feature f : features) {
    double n = 0;
    double sum = 0;
    for (const FeatureRecord& r : training) {
      if (r.has(f)) sum += r[f], ++n;
    }
    const double m = n > 0 ? sum / n : 0.0;
    double ss = 0;
    for (const FeatureRecord& r : training) {
      if (r.has(f)) ss += (r[f] - m) * (r[f] - m);
    }
    const double s = n > 1 ? std::sqrt(ss / (n - 1)) : 0.0;
    names.emplace_back(feature_name(f));
    mean.push_back(m);
    sd.push_back(s > 0 ? s : 1.0);
  }
  return FeatureEncoder(std::move(names), std::move(mean), std::move(sd));
}

Eigen::VectorXd FeatureEncoder::encode(const FeatureRecord& day) const {
  Eigen::VectorXd x(width());
  encode(day, x);
  return x;
}

void FeatureEncoder::encode(const FeatureRecord& day, Eigen::Ref<Eigen::VectorXd> x) const {
  const std::size_t n = ids_.size();
  x.setZero();
  for (std::size_t k = 0; k < n; ++k) {
    const Feature f = ids_[k];
    const bool missing = !day.has(f) || day.quality_of(f) == Quality::kMissing;
    if (missing) {
      x(n + k) = 1;
    } else {
      x(k) = (day[f] - mean_[k]) / sd_[k];
    }
    if (day.quality_of(f) == Quality::kImputed) x(2 * n + k) = 1;
  }
}

Eigen::MatrixXd FeatureEncoder::encode(const std::vector<FeatureRecord>& days) const {
  Eigen::MatrixXd x(width(), static_cast<Eigen::Index>(days.size()));
  for (std::size_t d = 0; d < days.size(); ++d) encode(days[d], x.col(static_cast<Eigen::Index>(d)));
  return x;
}

}  // namespace preseason
