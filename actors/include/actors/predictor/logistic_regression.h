// L2-penalised logistic regression fitted by Newton's method (IRLS) on Eigen. It
// minimises Σ log-loss + λ/2 ‖w‖² with the intercept unpenalised: scikit-learn's
// LogisticRegression(C = 1/λ) objective, so a fit can be checked against other solvers.
#pragma once

#include <Eigen/Core>

#include "actors/predictor/eigen_serialization.h"

namespace preseason {

class LogisticRegression {
 public:
  // `x` has one row per observation, `y` is 0 or 1. Throws std::invalid_argument when y
  // lacks a class or sizes differ, std::runtime_error when Newton fails to converge.
  static LogisticRegression fit(const Eigen::MatrixXd& x, const Eigen::VectorXd& y, double l2,
                                int max_iterations = 100, double tolerance = 1e-10);

  double intercept() const { return intercept_; }
  const Eigen::VectorXd& weights() const { return weights_; }
  int iterations() const { return iterations_; }

  double probability(const Eigen::VectorXd& x) const;

  template <class Ar> void serialize(Ar& ar, unsigned) { ar & intercept_ & weights_ & iterations_; }

 private:
  double intercept_ = 0;
  Eigen::VectorXd weights_;
  int iterations_ = 0;
};

}  // namespace preseason
