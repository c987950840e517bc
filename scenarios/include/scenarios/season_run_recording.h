// The recording of one season replicate: opened with the provenance a run puts on its
// root before the season starts, finished with the fingerprints it ends with. A run and a
// resumed checkpoint both go through here, so they write the same file.
#pragma once

#include <memory>
#include <string>

#include "actors/season/season_recorder.h"
#include "scenarios/scenario.h"
#include "scenarios/season_graph.h"
#include "scenarios/season_run.h"

namespace preseason {

std::unique_ptr<season::SeasonRecorder> open_season_recording(const std::string& out, const Scenario& scenario,
                                                              std::uint32_t replicate, const SeasonGraph& graph,
                                                              season::RecordScope scope);

// Without `decisions` the run computed no decisions fingerprint, so none is written.
// `threads` compress the file, as SeasonRecorder::finish.
void finish_season_recording(season::SeasonRecorder& recorder, const SeasonRunResult& result, bool decisions,
                             unsigned threads);

}  // namespace preseason
