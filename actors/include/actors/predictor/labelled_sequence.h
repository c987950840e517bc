// One athlete's run of consecutive days as the LSTM sees it: an encoded input vector
// per day (one column per day) and per day a label 1 or 0, or NaN when the day is unlabelled
// (its horizon passes the end of the data) and so contributes no loss.
#pragma once

#include <Eigen/Core>

namespace preseason {

struct LabelledSequence {
  Eigen::MatrixXd inputs;  // inputs x days
  Eigen::VectorXd labels;  // days; 1, 0 or NaN

  Eigen::Index days() const { return inputs.cols(); }
};

}  // namespace preseason
