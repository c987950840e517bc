// Boost.Serialization for dynamic-size Eigen matrices and vectors: rows, columns, then
// the coefficients in storage order, so text and binary archives both round-trip exactly.
#pragma once

#include <Eigen/Core>
#include <boost/serialization/array_wrapper.hpp>
#include <boost/serialization/split_free.hpp>

namespace boost {
namespace serialization {

template <class Ar, class S, int R, int C, int O, int MR, int MC>
void save(Ar& ar, const Eigen::Matrix<S, R, C, O, MR, MC>& m, unsigned) {
  const Eigen::Index rows = m.rows();
  const Eigen::Index cols = m.cols();
  ar & rows & cols;
  ar & make_array(m.data(), static_cast<std::size_t>(m.size()));
}

template <class Ar, class S, int R, int C, int O, int MR, int MC>
void load(Ar& ar, Eigen::Matrix<S, R, C, O, MR, MC>& m, unsigned) {
  Eigen::Index rows = 0;
  Eigen::Index cols = 0;
  ar & rows & cols;
  m.resize(rows, cols);
  ar & make_array(m.data(), static_cast<std::size_t>(m.size()));
}

template <class Ar, class S, int R, int C, int O, int MR, int MC>
void serialize(Ar& ar, Eigen::Matrix<S, R, C, O, MR, MC>& m, unsigned version) {
  split_free(ar, m, version);
}

}  // namespace serialization
}  // namespace boost
