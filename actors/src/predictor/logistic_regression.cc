#include "actors/predictor/logistic_regression.h"

#include <Eigen/Cholesky>
#include <stdexcept>

#include "actors/predictor/weighted_bce.h"

namespace preseason {
namespace {

// The penalised objective at beta = (intercept, weights), with xa = [1 x].
double objective(const Eigen::MatrixXd& xa, const Eigen::VectorXd& y, const Eigen::VectorXd& beta, double l2) {
  const Eigen::VectorXd z = xa * beta;
  double f = 0;
  for (Eigen::Index i = 0; i < z.size(); ++i) f += weighted_bce(z(i), y(i), 1.0);
  return f + 0.5 * l2 * beta.tail(beta.size() - 1).squaredNorm();
}

}  // namespace

LogisticRegression LogisticRegression::fit(const Eigen::MatrixXd& x, const Eigen::VectorXd& y, double l2,
                                           int max_iterations, double tolerance) {
  if (x.rows() != y.size()) throw std::invalid_argument("logistic regression needs one label per row");
  if (l2 < 0) throw std::invalid_argument("the L2 penalty must not be negative");
  const double positives = y.sum();
  if (positives < 0.5 || positives > static_cast<double>(y.size()) - 0.5) {
    throw std::invalid_argument("logistic regression needs positive and negative examples");
  }
  const Eigen::Index p = x.cols() + 1;
  Eigen::MatrixXd xa(x.rows(), p);
  xa.col(0).setOnes();
  xa.rightCols(x.cols()) = x;
  Eigen::VectorXd penalty = Eigen::VectorXd::Constant(p, l2);
  penalty(0) = 0;

  Eigen::VectorXd beta = Eigen::VectorXd::Zero(p);
  beta(0) = std::log(positives / (static_cast<double>(y.size()) - positives));
  double f = objective(xa, y, beta, l2);
  LogisticRegression m;
  for (int it = 1; it <= max_iterations; ++it) {
    const Eigen::VectorXd z = xa * beta;
    Eigen::VectorXd prob(z.size());
    Eigen::VectorXd w(z.size());
    for (Eigen::Index i = 0; i < z.size(); ++i) {
      prob(i) = sigmoid(z(i));
      w(i) = prob(i) * (1 - prob(i));
    }
    const Eigen::VectorXd gradient = xa.transpose() * (prob - y) + penalty.cwiseProduct(beta);
    Eigen::MatrixXd hessian = xa.transpose() * w.asDiagonal() * xa;
    hessian.diagonal() += penalty;
    const Eigen::VectorXd step = hessian.ldlt().solve(gradient);
    // Step halving keeps every iterate downhill where the quadratic model overshoots.
    double t = 1;
    Eigen::VectorXd next = beta - step;
    double f_next = objective(xa, y, next, l2);
    while (f_next > f && t > 1e-10) {
      t /= 2;
      next = beta - t * step;
      f_next = objective(xa, y, next, l2);
    }
    beta = next;
    f = f_next;
    m.iterations_ = it;
    if ((t * step).lpNorm<Eigen::Infinity>() < tolerance) {
      m.intercept_ = beta(0);
      m.weights_ = beta.tail(p - 1);
      return m;
    }
  }
  throw std::runtime_error("logistic regression did not converge in " + std::to_string(max_iterations) +
                           " Newton iterations");
}

double LogisticRegression::probability(const Eigen::VectorXd& x) const { return sigmoid(intercept_ + weights_.dot(x)); }

}  // namespace preseason
