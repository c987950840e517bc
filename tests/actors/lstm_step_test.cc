#include <gtest/gtest.h>

#include <boost/archive/text_iarchive.hpp>
#include <boost/archive/text_oarchive.hpp>
#include <sstream>

#include "actors/predictor/lstm.h"
#include "lstm_test_util.h"

namespace preseason {
namespace {

TEST(LstmStep, OneStepPerDayEqualsTheSequenceForwardPass) {
  Rng rng(3, 0, 0);
  const Lstm model(LstmParams::random({5, 4, 3}, rng));
  const LabelledSequence s = test::random_batch(rng, 1, 5, 20)[0];
  const Eigen::VectorXd expected = model.probabilities(s.inputs);
  LstmState state = model.initial_state();
  for (Eigen::Index d = 0; d < s.days(); ++d) {
    EXPECT_NEAR(model.step(s.inputs.col(d), state), expected(d), 1e-14) << "day " << d;
  }
}

TEST(LstmStep, ARestoredStateContinuesExactly) {
  Rng rng(4, 0, 0);
  const Lstm model(LstmParams::random({3, 4, 2}, rng));
  const LabelledSequence s = test::random_batch(rng, 1, 3, 10)[0];
  LstmState state = model.initial_state();
  for (int d = 0; d < 5; ++d) model.step(s.inputs.col(d), state);

  std::stringstream buffer;
  {
    boost::archive::text_oarchive out(buffer);
    out << state;
  }
  LstmState restored;
  {
    boost::archive::text_iarchive in(buffer);
    in >> restored;
  }
  EXPECT_EQ(restored, state);
  for (int d = 5; d < 10; ++d) {
    EXPECT_EQ(model.step(s.inputs.col(d), restored), model.step(s.inputs.col(d), state));
  }
}

TEST(LstmStep, RefusesAnInputOfTheWrongWidth) {
  Rng rng(5, 0, 0);
  const Lstm model(LstmParams::random({3, 2, 1}, rng));
  LstmState state = model.initial_state();
  EXPECT_THROW(model.step(Eigen::VectorXd::Zero(4), state), std::invalid_argument);
}

}  // namespace
}  // namespace preseason
