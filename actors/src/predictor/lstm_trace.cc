#include "lstm_trace.h"

#include "actors/predictor/weighted_bce.h"
#include "engine/random.h"

namespace preseason {
namespace {

Eigen::MatrixXd dropout_mask(Eigen::Index rows, Eigen::Index cols, double p, Rng& rng) {
  Eigen::MatrixXd mask(rows, cols);
  const double keep = 1.0 / (1.0 - p);
  for (Eigen::Index j = 0; j < cols; ++j) {
    for (Eigen::Index i = 0; i < rows; ++i) mask(i, j) = rng.bernoulli(p) ? 0.0 : keep;
  }
  return mask;
}

}  // namespace

LstmTrace trace_sequence(const LstmParams& p, const Eigen::MatrixXd& inputs, double dropout, Rng* rng) {
  const int hidden = p.shape.hidden;
  const Eigen::Index days = inputs.cols();
  LstmTrace trace;
  trace.layers.resize(p.layers.size());
  for (std::size_t l = 0; l < p.layers.size(); ++l) {
    const LstmLayerParams& w = p.layers[l];
    LstmLayerTrace& t = trace.layers[l];
    if (l == 0) {
      t.input = inputs;
    } else {
      const LstmLayerTrace& below = trace.layers[l - 1];
      t.input = below.mask.size() ? below.h.cwiseProduct(below.mask) : below.h;
    }
    t.gates = (w.w_ih * t.input).colwise() + (w.b_ih + w.b_hh);
    t.c.resize(hidden, days);
    t.h.resize(hidden, days);
    for (Eigen::Index d = 0; d < days; ++d) {
      auto a = t.gates.col(d);
      if (d > 0) a.noalias() += w.w_hh * t.h.col(d - 1);
      for (int k = 0; k < hidden; ++k) {
        a(k) = sigmoid(a(k));
        a(hidden + k) = sigmoid(a(hidden + k));
        a(2 * hidden + k) = std::tanh(a(2 * hidden + k));
        a(3 * hidden + k) = sigmoid(a(3 * hidden + k));
      }
      const auto i = a.segment(0, hidden);
      const auto f = a.segment(hidden, hidden);
      const auto g = a.segment(2 * hidden, hidden);
      const auto o = a.segment(3 * hidden, hidden);
      if (d > 0) {
        t.c.col(d) = f.cwiseProduct(t.c.col(d - 1)) + i.cwiseProduct(g);
      } else {
        t.c.col(d) = i.cwiseProduct(g);
      }
      t.h.col(d) = o.cwiseProduct(t.c.col(d).array().tanh().matrix());
    }
    if (dropout > 0 && l + 1 < p.layers.size()) t.mask = dropout_mask(hidden, days, dropout, *rng);
  }
  trace.logits = (p.out_w * trace.layers.back().h).transpose().array() + p.out_b;
  return trace;
}

}  // namespace preseason
