// The part of one athlete's history used for one purpose (fitting, validation, test).
// The model reads the records from the athlete's first day up to `end` (the past is
// never future information), but only days from `labels_begin` carry labels, and a day
// is labelled only when its whole horizon lies on or before `last_observed`.
#pragma once

#include <cstddef>
#include <vector>

#include "actors/predictor/athlete_history.h"

namespace preseason {

struct HistoryPart {
  std::size_t history = 0;       // index into the histories
  std::size_t labels_begin = 0;  // record index
  std::size_t end = 0;           // record index, exclusive
  Day last_observed = 0;
};

// One value per record in [0, part.end): 1, 0, or NaN when unlabelled.
std::vector<double> part_labels(const AthleteHistory& history, const HistoryPart& part, int horizon);

// Each history as a whole, every day labelled up to its own end: how new data is evaluated.
std::vector<HistoryPart> whole_histories(const std::vector<AthleteHistory>& histories);

}  // namespace preseason
