// Scores a trained model and its two baselines (the logistic regression stored with it
// and the rule EWMA ACWR > 1.5) on the same labelled athlete-days, with athlete-bootstrap
// intervals: held-out athletes after training, or new recordings.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "actors/backtest/probability_metrics.h"
#include "actors/predictor/history_part.h"
#include "actors/predictor/predictor_model.h"

namespace preseason {

struct ModelEvaluation {
  std::size_t athletes = 0;
  std::size_t feature_days = 0;
  std::size_t labelled_days = 0;
  std::size_t positive_days = 0;
  std::size_t events = 0;            // injuries and overreaching onsets of these athletes
  std::size_t evaluable_events = 0;  // those with a labelled day in the horizon before them
  ProbabilityMetrics lstm;
  ProbabilityMetrics logistic;
  ProbabilityMetrics acwr_rule;
};

ModelEvaluation evaluate_model(const PredictorModel& model, const std::vector<AthleteHistory>& histories,
                               const std::vector<HistoryPart>& parts, int bootstrap, std::uint64_t seed);

}  // namespace preseason
