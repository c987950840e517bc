// A season run's outcome totals recounted from its recording's tables and truth streams,
// so two recordings can be compared with the summary's own metrics (season_metrics.h).
// Sums go athlete by athlete, so they may differ from a live tally in the last bits.
#pragma once

#include "actors/season/season_tally.h"
#include "data/recording_reader.h"

namespace preseason {

season::SeasonTotals recorded_totals(const RecordingReader& recording);

}  // namespace preseason
