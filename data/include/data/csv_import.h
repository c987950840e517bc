// Imports a long-format CSV, header `athlete,timestamp,metric,value[,unit,source]`, into
// a recording. Any bad row is an ImportError naming FILE:line; athletes get pseudonyms
// a01, a02, ... in sorted order of their names in the file.
#pragma once

#include <cstddef>
#include <string>

#include "data/recording_writer.h"

namespace preseason {

struct CsvImportSummary {
  std::size_t rows = 0;
  std::size_t samples = 0;
  std::size_t exact_duplicates = 0;
  std::size_t conflicts = 0;  // same athlete, stream and time with another value: first kept
  std::size_t athletes = 0;
  std::size_t streams = 0;
};

CsvImportSummary import_long_csv(const std::string& path, RecordingWriter& out);

}  // namespace preseason
