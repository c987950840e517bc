// Backpropagation through time for Lstm::loss_and_gradients.
#include <cmath>
#include <stdexcept>

#include "actors/predictor/lstm.h"
#include "actors/predictor/weighted_bce.h"
#include "lstm_trace.h"

namespace preseason {
namespace {

int count_labelled(const std::vector<LabelledSequence>& batch) {
  int n = 0;
  for (const LabelledSequence& s : batch) n += static_cast<int>((s.labels.array() == s.labels.array()).count());
  return n;
}

// Adds one layer's gradients given dL/dh of its outputs (from the layer above or the
// dense output); returns dL/d(layer input).
Eigen::MatrixXd backprop_layer(const LstmLayerParams& w, const LstmLayerTrace& t, const Eigen::MatrixXd& dh_out,
                               LstmLayerParams& grad) {
  const Eigen::Index hidden = t.h.rows();
  const Eigen::Index days = t.h.cols();
  Eigen::MatrixXd da(4 * hidden, days);
  Eigen::VectorXd dh_next = Eigen::VectorXd::Zero(hidden);
  Eigen::VectorXd dc_next = Eigen::VectorXd::Zero(hidden);
  for (Eigen::Index d = days - 1; d >= 0; --d) {
    const auto gates = t.gates.col(d);
    const auto i = gates.segment(0, hidden).array();
    const auto f = gates.segment(hidden, hidden).array();
    const auto g = gates.segment(2 * hidden, hidden).array();
    const auto o = gates.segment(3 * hidden, hidden).array();
    const Eigen::ArrayXd tanh_c = t.c.col(d).array().tanh();
    const Eigen::ArrayXd c_prev = d > 0 ? Eigen::ArrayXd(t.c.col(d - 1).array()) : Eigen::ArrayXd::Zero(hidden);
    const Eigen::ArrayXd dh = dh_out.col(d).array() + dh_next.array();
    const Eigen::ArrayXd dc = dc_next.array() + dh * o * (1 - tanh_c.square());
    auto a = da.col(d);
    a.segment(0, hidden) = (dc * g * i * (1 - i)).matrix();
    a.segment(hidden, hidden) = (dc * c_prev * f * (1 - f)).matrix();
    a.segment(2 * hidden, hidden) = (dc * i * (1 - g.square())).matrix();
    a.segment(3 * hidden, hidden) = (dh * tanh_c * o * (1 - o)).matrix();
    dc_next = (dc * f).matrix();
    dh_next.noalias() = w.w_hh.transpose() * a;
  }
  grad.w_ih.noalias() += da * t.input.transpose();
  if (days > 1) grad.w_hh.noalias() += da.rightCols(days - 1) * t.h.leftCols(days - 1).transpose();
  const Eigen::VectorXd db = da.rowwise().sum();
  grad.b_ih += db;
  grad.b_hh += db;
  return w.w_ih.transpose() * da;
}

}  // namespace

LossAndGradients Lstm::loss_and_gradients(const std::vector<LabelledSequence>& batch, double pos_weight,
                                          double dropout, Rng* rng) const {
  if (dropout > 0 && rng == nullptr) throw std::invalid_argument("LSTM dropout needs a random stream");
  LossAndGradients out;
  out.gradients = LstmParams::zeros(shape());
  out.labelled = count_labelled(batch);
  const double scale = out.labelled ? 1.0 / out.labelled : 0.0;
  for (const LabelledSequence& s : batch) {
    const LstmTrace trace = trace_sequence(params_, s.inputs, dropout, rng);
    Eigen::RowVectorXd dlogit = Eigen::RowVectorXd::Zero(s.days());
    for (Eigen::Index d = 0; d < s.days(); ++d) {
      if (std::isnan(s.labels(d))) continue;
      out.loss += scale * weighted_bce(trace.logits(d), s.labels(d), pos_weight);
      dlogit(d) = scale * weighted_bce_gradient(trace.logits(d), s.labels(d), pos_weight);
    }
    out.gradients.out_w.noalias() += dlogit * trace.layers.back().h.transpose();
    out.gradients.out_b += dlogit.sum();
    Eigen::MatrixXd dh = params_.out_w.transpose() * dlogit;
    for (std::size_t l = params_.layers.size(); l-- > 0;) {
      Eigen::MatrixXd dx = backprop_layer(params_.layers[l], trace.layers[l], dh, out.gradients.layers[l]);
      if (l > 0) {
        const LstmLayerTrace& below = trace.layers[l - 1];
        dh = below.mask.size() ? Eigen::MatrixXd(dx.cwiseProduct(below.mask)) : dx;
      } else {
        out.input_gradients.push_back(std::move(dx));
      }
    }
  }
  return out;
}

}  // namespace preseason
