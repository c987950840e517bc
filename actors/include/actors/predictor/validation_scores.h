// How well a model ranks and fits held-out labelled days: ROC-AUC, PR-AUC (average
// precision) and the class-weighted loss that early stopping minimises.
#pragma once

#include <vector>

#include "actors/predictor/labelled_sequence.h"
#include "actors/predictor/lstm.h"

namespace preseason {

struct ValidationScores {
  double loss = 0;
  double roc_auc = 0;  // NaN without both classes
  double pr_auc = 0;   // NaN without positives
  int days = 0;        // labelled days scored
  int positives = 0;

  template <class Ar> void serialize(Ar& ar, unsigned) { ar & loss & roc_auc & pr_auc & days & positives; }
};

ValidationScores score_sequences(const Lstm& model, const std::vector<LabelledSequence>& sequences,
                                 double pos_weight);

}  // namespace preseason
