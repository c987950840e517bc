// The recurrent state of one athlete's LSTM: hidden and cell vectors per layer. It is
// part of the athlete actor's state, so it is serialisable and checkpointed with it.
#pragma once

#include <Eigen/Core>
#include <boost/serialization/vector.hpp>
#include <cstddef>
#include <vector>

#include "actors/predictor/eigen_serialization.h"

namespace preseason {

struct LstmState {
  std::vector<Eigen::VectorXd> h;
  std::vector<Eigen::VectorXd> c;

  // Zero hidden and cell vectors: the state before an athlete's first day.
  static LstmState zeros(std::size_t layers, int hidden) {
    LstmState s;
    s.h.assign(layers, Eigen::VectorXd::Zero(hidden));
    s.c.assign(layers, Eigen::VectorXd::Zero(hidden));
    return s;
  }

  template <class Ar> void serialize(Ar& ar, unsigned) { ar & h & c; }

  friend bool operator==(const LstmState& a, const LstmState& b) { return a.h == b.h && a.c == b.c; }
};

}  // namespace preseason
