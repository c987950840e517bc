// Writes a small LSTM's weights, a random batch, and this implementation's outputs, loss
// and gradients to lstm_torch_reference.json, for tests/python/test_lstm_torch.py to
// recompute with torch.nn.LSTM + Linear. The file goes to $PRESEASON_SCRATCH when set.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "actors/predictor/lstm.h"
#include "actors/predictor/weighted_bce.h"
#include "lstm_test_util.h"

namespace preseason {
namespace {

using nlohmann::json;

json matrix_json(const Eigen::MatrixXd& m) {
  json rows = json::array();
  for (Eigen::Index r = 0; r < m.rows(); ++r) {
    json row = json::array();
    for (Eigen::Index c = 0; c < m.cols(); ++c) row.push_back(m(r, c));
    rows.push_back(row);
  }
  return rows;
}

json vector_json(const Eigen::VectorXd& v) { return json(std::vector<double>(v.data(), v.data() + v.size())); }

// Names and layouts as torch.nn.LSTM's and torch.nn.Linear's state_dict.
json params_json(const LstmParams& p) {
  json out;
  for (std::size_t l = 0; l < p.layers.size(); ++l) {
    const std::string s = std::to_string(l);
    out["lstm.weight_ih_l" + s] = matrix_json(p.layers[l].w_ih);
    out["lstm.weight_hh_l" + s] = matrix_json(p.layers[l].w_hh);
    out["lstm.bias_ih_l" + s] = vector_json(p.layers[l].b_ih);
    out["lstm.bias_hh_l" + s] = vector_json(p.layers[l].b_hh);
  }
  out["out.weight"] = matrix_json(p.out_w);
  out["out.bias"] = json::array({p.out_b});
  return out;
}

std::filesystem::path output_dir() {
  const char* scratch = std::getenv("PRESEASON_SCRATCH");
  const std::filesystem::path dir = scratch ? std::filesystem::path(scratch) : std::filesystem::path(::testing::TempDir());
  std::filesystem::create_directories(dir);
  return dir;
}

TEST(PredictorTorchExport, WritesWeightsInputsOutputsAndGradients) {
  constexpr int kInputs = 6;
  constexpr int kDays = 12;
  constexpr double kPosWeight = 2.5;
  Rng rng(2024, 0, 0);
  const Lstm model(LstmParams::random({kInputs, 5, 2}, rng));
  const std::vector<LabelledSequence> batch = test::random_batch(rng, 3, kInputs, kDays);
  const LossAndGradients lg = model.loss_and_gradients(batch, kPosWeight);

  json inputs = json::array();
  json labels = json::array();
  json probabilities = json::array();
  json input_gradients = json::array();
  for (std::size_t s = 0; s < batch.size(); ++s) {
    inputs.push_back(matrix_json(batch[s].inputs.transpose()));
    json y = json::array();
    for (Eigen::Index d = 0; d < kDays; ++d) {
      y.push_back(std::isnan(batch[s].labels(d)) ? json(nullptr) : json(batch[s].labels(d)));
    }
    labels.push_back(y);
    probabilities.push_back(vector_json(model.probabilities(batch[s].inputs)));
    input_gradients.push_back(matrix_json(lg.input_gradients[s].transpose()));
  }
  const json reference = {
      {"input_size", kInputs},
      {"hidden_size", model.shape().hidden},
      {"num_layers", model.shape().layers},
      {"pos_weight", kPosWeight},
      {"params", params_json(model.params())},
      {"inputs", inputs},
      {"labels", labels},
      {"probabilities", probabilities},
      {"loss", lg.loss},
      {"gradients", params_json(lg.gradients)},
      {"input_gradients", input_gradients},
  };
  const std::filesystem::path path = output_dir() / "lstm_torch_reference.json";
  std::ofstream out(path);
  out << reference.dump();
  ASSERT_TRUE(out.good()) << path;
  std::printf("wrote %s\n", path.c_str());
}

}  // namespace
}  // namespace preseason
