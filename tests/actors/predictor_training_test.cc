#include <gtest/gtest.h>

#include "actors/backtest/roc_auc.h"
#include "actors/predictor/trainer.h"
#include "engine/random.h"

namespace preseason {
namespace {

constexpr int kDays = 40;
constexpr int kLag = 3;

// Input 0 is the signal, input 1 noise. A day is positive iff the signal exceeded 1
// three days earlier (about one day in six); the first three days are unlabelled.
std::vector<LabelledSequence> lagged_threshold_task(std::uint64_t seed, int sequences) {
  Rng rng(seed, 0, 0);
  std::vector<LabelledSequence> data(sequences);
  for (LabelledSequence& s : data) {
    s.inputs.resize(2, kDays);
    s.labels.resize(kDays);
    for (int d = 0; d < kDays; ++d) {
      s.inputs(0, d) = rng.normal();
      s.inputs(1, d) = rng.normal();
      s.labels(d) = d < kLag ? std::numeric_limits<double>::quiet_NaN() : (s.inputs(0, d - kLag) > 1 ? 1.0 : 0.0);
    }
  }
  return data;
}

TrainConfig small_config() {
  TrainConfig c;
  c.hidden = 8;
  c.layers = 2;
  c.dropout = 0.1;
  c.learning_rate = 0.02;
  c.weight_decay = 1e-4;
  c.batch_size = 8;
  c.max_epochs = 60;
  c.patience = 10;
  c.seed = 11;
  return c;
}

double auc_on(const Lstm& model, const std::vector<LabelledSequence>& data) {
  std::vector<ScoredDay> days;
  for (const LabelledSequence& s : data) {
    const Eigen::VectorXd p = model.probabilities(s.inputs);
    for (Eigen::Index d = 0; d < s.days(); ++d) {
      if (!std::isnan(s.labels(d))) days.push_back({p(d), s.labels(d) > 0.5});
    }
  }
  return roc_auc(days);
}

TEST(PredictorTraining, LearnsALaggedThresholdAndStopsEarly) {
  const TrainResult r = train(lagged_threshold_task(1, 48), lagged_threshold_task(2, 16), small_config());
  const double test_auc = auc_on(r.model, lagged_threshold_task(3, 32));
  std::printf("epochs %d, best %d, validation AUC %.4f, PR-AUC %.4f, test AUC %.4f, pos_weight %.2f\n", r.epochs,
              r.best_epoch, r.validation.roc_auc, r.validation.pr_auc, test_auc, r.pos_weight);
  EXPECT_GT(r.validation.roc_auc, 0.9);
  EXPECT_GT(test_auc, 0.9);
  EXPECT_GT(r.pos_weight, 1.0);
  EXPECT_EQ(r.validation_loss.size(), static_cast<std::size_t>(r.epochs));
  EXPECT_LE(r.best_epoch, r.epochs);
  EXPECT_DOUBLE_EQ(r.validation.loss, r.validation_loss[r.best_epoch - 1]);
}

TEST(PredictorTraining, TheSameSeedGivesBitIdenticalWeights) {
  TrainConfig c = small_config();
  c.max_epochs = 5;
  const auto training = lagged_threshold_task(1, 16);
  const auto validation = lagged_threshold_task(2, 4);
  const TrainResult a = train(training, validation, c);
  const TrainResult b = train(training, validation, c);
  EXPECT_TRUE(a.model.params() == b.model.params());
  EXPECT_EQ(a.validation_loss, b.validation_loss);
  c.seed = 12;
  const TrainResult other = train(training, validation, c);
  EXPECT_FALSE(a.model.params() == other.model.params());
}

TEST(PredictorTraining, RefusesDataWithoutPositivesOrWithTheWrongWidth) {
  auto training = lagged_threshold_task(1, 4);
  for (LabelledSequence& s : training) s.labels.setZero();
  EXPECT_THROW(train(training, lagged_threshold_task(2, 2), small_config()), std::invalid_argument);
  auto narrow = lagged_threshold_task(2, 2);
  narrow[0].inputs.conservativeResize(1, Eigen::NoChange);
  EXPECT_THROW(train(lagged_threshold_task(1, 4), narrow, small_config()), std::invalid_argument);
}

}  // namespace
}  // namespace preseason
