// The first coach decision on which two recordings of the same squad disagree: the
// earliest day, then the first athlete in recording order, comparing time, action,
// planned and decided minutes, planned RPE and reason. A side without a row that day is empty.
#pragma once

#include <optional>
#include <string>

#include "data/recording_reader.h"

namespace preseason {

struct RecordedDecision {
  Time time = 0;
  std::string action;
  double planned_minutes = 0;
  double minutes = 0;
  double planned_rpe = 0;
  std::string reason;
};

struct DecisionDivergence {
  Day day = 0;
  std::string athlete;
  std::optional<RecordedDecision> golden;
  std::optional<RecordedDecision> run;
};

std::optional<DecisionDivergence> first_divergence(const RecordingReader& golden, const RecordingReader& run);

}  // namespace preseason
