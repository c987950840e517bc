#include "actors/predictor/validation_scores.h"

#include <cmath>

#include "actors/backtest/average_precision.h"
#include "actors/backtest/roc_auc.h"

namespace preseason {

ValidationScores score_sequences(const Lstm& model, const std::vector<LabelledSequence>& sequences,
                                 double pos_weight) {
  ValidationScores scores;
  std::vector<ScoredDay> days;
  for (const LabelledSequence& s : sequences) {
    const Eigen::VectorXd p = model.probabilities(s.inputs);
    for (Eigen::Index d = 0; d < s.days(); ++d) {
      if (std::isnan(s.labels(d))) continue;
      days.push_back({p(d), s.labels(d) > 0.5});
      scores.positives += s.labels(d) > 0.5;
    }
  }
  scores.days = static_cast<int>(days.size());
  scores.loss = model.loss(sequences, pos_weight);
  scores.roc_auc = roc_auc(days);
  scores.pr_auc = average_precision(days);
  return scores;
}

}  // namespace preseason
