#include "actors/predictor/packed_lstm.h"

#include <algorithm>
#include <cstddef>

#include "gate_preactivations.h"
#include "lstm_step.h"

namespace preseason {
namespace {

// One pass of the widest kernel: eight packs of four rows.
constexpr int kBlockRows = 32;

// m in blocks of kBlockRows rows, as GateWeights describes.
std::vector<double> blocked(const Eigen::MatrixXd& m) {
  std::vector<double> out;
  out.reserve(static_cast<std::size_t>(m.size()));
  for (Eigen::Index top = 0; top < m.rows(); top += kBlockRows) {
    const Eigen::Index height = std::min<Eigen::Index>(kBlockRows, m.rows() - top);
    for (Eigen::Index j = 0; j < m.cols(); ++j) {
      for (Eigen::Index r = top; r < top + height; ++r) out.push_back(m(r, j));
    }
  }
  return out;
}

}  // namespace

PackedLstm::PackedLstm(LstmParams params) : params_(std::move(params)) {
  for (const LstmLayerParams& w : params_.layers) layers_.push_back({blocked(w.w_ih), blocked(w.w_hh)});
  finite_input_columns_.assign(static_cast<std::size_t>(params_.shape.inputs), false);
  if (!params_.layers.empty()) {
    const Eigen::MatrixXd& w_ih = params_.layers[0].w_ih;
    for (Eigen::Index j = 0; j < w_ih.cols(); ++j) {
      finite_input_columns_[static_cast<std::size_t>(j)] = w_ih.col(j).allFinite();
    }
  }
}

double PackedLstm::step(const Eigen::VectorXd& input, LstmState& state) const {
  check_step_input(params_, input);
  thread_local std::vector<int> columns;
  columns.resize(static_cast<std::size_t>(input.size()));
  int count = 0;
  for (int j = 0; j < static_cast<int>(input.size()); ++j) {
    columns[static_cast<std::size_t>(count)] = j;
    count += input(j) != 0 || !finite_input_columns_[static_cast<std::size_t>(j)];
  }
  const auto layer_weights = [&](std::size_t l) {
    const LstmLayerParams& w = params_.layers[l];
    return GateWeights{layers_[l].w_ih.data(),
                       layers_[l].w_hh.data(),
                       w.b_ih.data(),
                       w.b_hh.data(),
                       static_cast<int>(w.w_ih.cols()),
                       static_cast<int>(w.w_hh.cols()),
                       kBlockRows};
  };
  return step_layers(params_, layer_weights, StepInput{input, columns.data(), count}, state);
}

}  // namespace preseason
