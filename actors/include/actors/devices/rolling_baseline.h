// A device's own exponentially weighted baseline of a measured value (mean and
// variance), so vendor scores are relative to the wearer, as real ones are.
#pragma once

#include <algorithm>
#include <cmath>

namespace preseason {

class RollingBaseline {
 public:
  RollingBaseline() = default;
  explicit RollingBaseline(double days, double min_sd) : lambda_(2 / (days + 1)), min_sd_(min_sd) {}

  // z-score of x against the baseline before x is added; 0 during the first days.
  double z(double x) const {
    if (n_ < kWarmup) return 0;
    return (x - mean_) / std::max(std::sqrt(var_), min_sd_);
  }
  void add(double x) {
    if (n_ == 0) {
      mean_ = x;
    } else {
      const double d = x - mean_;
      mean_ += lambda_ * d;
      var_ = (1 - lambda_) * (var_ + lambda_ * d * d);
    }
    ++n_;
  }
  double mean() const { return mean_; }

  template <class Ar> void serialize(Ar& ar, unsigned) { ar & lambda_ & min_sd_ & mean_ & var_ & n_; }

 private:
  static constexpr int kWarmup = 3;
  double lambda_ = 2.0 / 61;
  double min_sd_ = 1e-3;
  double mean_ = 0;
  double var_ = 0;
  int n_ = 0;
};

}  // namespace preseason
