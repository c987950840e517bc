#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "actors/predictor/model_file.h"
#include "actors/predictor/predictor.h"
#include "engine/random.h"

namespace preseason {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

const std::vector<std::string> kFeatures = {"acwr_ewma", "hrv_z", "sleep_debt7"};

PredictorModel sample_model() {
  PredictorModel m;
  m.encoder = FeatureEncoder(kFeatures, {1.1, 0.1, 2.5}, {0.3, 1.0, 1.7});
  Rng rng(5, 0, 0);
  m.params = LstmParams::random({9, 4, 2}, rng);
  m.config.hidden = 4;
  m.config.layers = 2;
  m.config.seed = 1234;
  m.pos_weight = 12.5;
  m.training_data = "season.h5, 25 athletes, 2024-07-01..2025-03-31";
  m.epochs = 17;
  m.best_epoch = 9;
  m.validation = {0.41, 0.73, 0.12, 900, 31};
  return m;
}

std::string path_for(const std::string& name) {
  const fs::path dir = fs::path(::testing::TempDir()) / "predictor_model_file_test";
  fs::create_directories(dir);
  return (dir / name).string();
}

std::string read(const std::string& path) {
  std::ifstream in(path);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string load_error(const std::string& path, const std::vector<std::string>& features) {
  try {
    load_model(path, features);
  } catch (const ModelFileError& e) {
    return e.what();
  }
  return "no error";
}

TEST(PredictorModelFile, RoundTripsEveryField) {
  const std::string path = path_for("round_trip.model");
  const PredictorModel m = sample_model();
  save_model(path, m);
  EXPECT_FALSE(fs::exists(path + ".tmp"));
  EXPECT_EQ(read(path).rfind("preseason-lstm-model 3\n", 0), 0u);
  const PredictorModel back = load_model(path, kFeatures);
  EXPECT_TRUE(back.params == m.params);
  EXPECT_EQ(back.encoder.features(), kFeatures);
  EXPECT_EQ(back.encoder.mean(), m.encoder.mean());
  EXPECT_EQ(back.encoder.sd(), m.encoder.sd());
  EXPECT_EQ(back.config.seed, 1234u);
  EXPECT_EQ(back.config.layers, 2);
  EXPECT_EQ(back.pos_weight, 12.5);
  EXPECT_EQ(back.horizon_days, 7);
  EXPECT_EQ(back.training_data, m.training_data);
  EXPECT_EQ(back.best_epoch, 9);
  EXPECT_EQ(back.validation.roc_auc, 0.73);
  EXPECT_EQ(back.validation.positives, 31);
  EXPECT_FALSE(back.injury_history);
}

TEST(PredictorModelFile, RoundTripsInjuryHistoryInputs) {
  const std::string path = path_for("injury_history.model");
  PredictorModel m = sample_model();
  Rng rng(6, 0, 0);
  m.params = LstmParams::random({9 + kInjuryHistoryInputs, 4, 2}, rng);
  m.injury_history = true;
  save_model(path, m);
  const PredictorModel back = load_model(path, kFeatures);
  EXPECT_TRUE(back.injury_history);
  EXPECT_EQ(back.input_width(), 9 + kInjuryHistoryInputs);
  EXPECT_TRUE(back.params == m.params);
}

// The shipped model was written before the injury-history inputs existed.
TEST(PredictorModelFile, ReadsVersionTwoAsAModelWithoutInjuryHistory) {
  const std::string path = std::string(PRESEASON_SOURCE_DIR) + "/scenarios/models/season-25.lstm";
  ASSERT_EQ(read(path).rfind("preseason-lstm-model 2\n", 0), 0u);
  const PredictorModel m = load_model(path);
  EXPECT_FALSE(m.injury_history);
  EXPECT_EQ(m.params.shape.inputs, m.encoder.width());
  EXPECT_EQ(m.encoder.features().size(), 26u);
}

// The shipped injury-history model reads its five rows after the 26 features, and a run accepts it.
TEST(PredictorModelFile, ShippedInjuryModelReadsInjuryHistory) {
  const std::string path = std::string(PRESEASON_SOURCE_DIR) + "/scenarios/models/season-25-injury.lstm";
  ASSERT_EQ(read(path).rfind("preseason-lstm-model 3\n", 0), 0u);
  const PredictorModel m = load_model(path);
  EXPECT_TRUE(m.injury_history);
  EXPECT_EQ(m.params.shape.inputs, m.encoder.width() + kInjuryHistoryInputs);
  EXPECT_NO_THROW(Predictor{m});
}

TEST(PredictorModelFile, RefusesADifferentFeatureListNamingTheFileAndFirstMismatch) {
  const std::string path = path_for("features.model");
  save_model(path, sample_model());
  EXPECT_THAT(load_error(path, {"acwr_ewma", "hrv7", "sleep_debt7"}),
              HasSubstr(path + ": feature list differs at position 2: the model expects 'hrv_z', the input has 'hrv7'"));
  EXPECT_THAT(load_error(path, {"acwr_ewma", "hrv_z"}),
              HasSubstr("position 3: the model expects 'sleep_debt7', the input has nothing"));
  EXPECT_THAT(load_error(path, {"acwr_ewma", "hrv_z", "sleep_debt7", "tsb"}),
              HasSubstr("position 4: the model expects nothing, the input has 'tsb'"));
}

TEST(PredictorModelFile, RefusesAnotherVersionAndOtherFiles) {
  const std::string path = path_for("version.model");
  save_model(path, sample_model());
  std::string text = read(path);
  text.replace(0, text.find('\n'), "preseason-lstm-model 1");
  std::ofstream(path) << text;
  EXPECT_THAT(load_error(path, kFeatures),
              HasSubstr(path + ": is model file version 1, this build reads versions 2 to 3; train it again"));

  const std::string other = path_for("other.model");
  std::ofstream(other) << "day,load\n1,300\n";
  EXPECT_THAT(load_error(other, kFeatures), HasSubstr(other + ": is not a preseason LSTM model file"));

  const std::string cut = path_for("cut.model");
  save_model(cut, sample_model());
  const std::string whole = read(cut);
  std::ofstream(cut, std::ios::trunc) << whole.substr(0, whole.size() / 2);
  EXPECT_THAT(load_error(cut, kFeatures), HasSubstr(cut + ": is damaged"));

  EXPECT_THAT(load_error(path_for("absent.model"), kFeatures), HasSubstr("cannot be opened"));
}

}  // namespace
}  // namespace preseason
