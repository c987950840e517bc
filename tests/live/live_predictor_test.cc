// Live mode receives no injury reports, so it refuses a predictor that reads injury
// history instead of feeding it an empty one; a features-only model is accepted.
#include "live/live_predictor.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "actors/predictor/model_file.h"
#include "engine/random.h"
#include "scratch_dir.h"

namespace preseason::live {
namespace {

std::string saved_model(const std::string& name, bool injury_history) {
  PredictorModel m;
  m.encoder = FeatureEncoder({"tsb"}, {0.0}, {10.0});
  m.injury_history = injury_history;
  Rng rng(2, 0, 0);
  m.params = LstmParams::random({m.input_width(), 3, 1}, rng);
  const std::string path = testing::scratch_dir() + name;
  save_model(path, m);
  return path;
}

TEST(LivePredictor, AModelReadingInjuryHistoryIsRefusedNamingWhy) {
  Scenario s;
  s.predictor = saved_model("injury.lstm", true);
  try {
    check_live_predictor(s);
    FAIL() << "an injury-history model was accepted";
  } catch (const std::invalid_argument& e) {
    EXPECT_THAT(e.what(), ::testing::HasSubstr(s.predictor));
    EXPECT_THAT(e.what(), ::testing::HasSubstr("live mode receives no injury reports"));
  }
}

TEST(LivePredictor, AFeaturesOnlyModelOrNoneIsAccepted) {
  Scenario s;
  EXPECT_NO_THROW(check_live_predictor(s));
  s.predictor = saved_model("features.lstm", false);
  EXPECT_NO_THROW(check_live_predictor(s));
}

}  // namespace
}  // namespace preseason::live
