#include "actors/predictor/model_file.h"

#include <boost/archive/archive_exception.hpp>
#include <boost/archive/text_iarchive.hpp>
#include <boost/archive/text_oarchive.hpp>
#include <cstdio>
#include <fstream>
#include <sstream>

namespace preseason {
namespace {

constexpr const char* kMagic = "preseason-lstm-model";

[[noreturn]] void refuse(const std::string& path, const std::string& why) {
  throw ModelFileError(path + ": " + why);
}

void check_features(const std::string& path, const std::vector<std::string>& model,
                    const std::vector<std::string>& given) {
  for (std::size_t k = 0; k < std::max(model.size(), given.size()); ++k) {
    const std::string expected = k < model.size() ? "'" + model[k] + "'" : "nothing";
    const std::string actual = k < given.size() ? "'" + given[k] + "'" : "nothing";
    if (expected != actual) {
      refuse(path, "feature list differs at position " + std::to_string(k + 1) + ": the model expects " + expected +
                       ", the input has " + actual + " (model: " + std::to_string(model.size()) +
                       " features, input: " + std::to_string(given.size()) + ")");
    }
  }
}

}  // namespace

void save_model(const std::string& path, const PredictorModel& model) {
  const std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) refuse(path, "cannot be written");
    out << kMagic << ' ' << kModelFileVersion << '\n';
    boost::archive::text_oarchive archive(out);
    archive << model;
    out.flush();
    if (!out) refuse(path, "cannot be written");
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) refuse(path, "cannot be written");
}

PredictorModel load_model(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) refuse(path, "cannot be opened");
  std::string header;
  std::getline(in, header);
  std::istringstream words(header);
  std::string magic;
  int version = 0;
  words >> magic >> version;
  if (magic != kMagic) refuse(path, "is not a preseason LSTM model file");
  if (version < kOldestModelFileVersion || version > kModelFileVersion) {
    refuse(path, "is model file version " + std::to_string(version) + ", this build reads versions " +
                     std::to_string(kOldestModelFileVersion) + " to " + std::to_string(kModelFileVersion) +
                     "; train it again with `preseason train`");
  }
  PredictorModel model;
  try {
    boost::archive::text_iarchive archive(in);
    archive >> model;
  } catch (const std::exception& e) {
    refuse(path, std::string("is damaged: ") + e.what());
  }
  if (model.params.shape.inputs != model.input_width() ||
      static_cast<int>(model.params.layers.size()) != model.params.shape.layers) {
    refuse(path, "is damaged: its weights do not fit its feature list");
  }
  return model;
}

PredictorModel load_model(const std::string& path, const std::vector<std::string>& features) {
  PredictorModel model = load_model(path);
  check_features(path, model.encoder.features(), features);
  return model;
}

}  // namespace preseason
