// Imports PMData participant folders (pmsys/, fitbit/, googledocs/) into a recording.
// `dir` is one participant folder or a folder of them; participants get pseudonyms
// a01, a02, ... in sorted order of their folder names. Bad input throws ImportError.
#pragma once

#include <string>
#include <vector>

#include "data/import_report.h"
#include "data/recording_writer.h"

namespace preseason {

std::vector<ParticipantReport> import_pmdata(const std::string& dir, RecordingWriter& out);

}  // namespace preseason
