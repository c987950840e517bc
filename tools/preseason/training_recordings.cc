#include "training_recordings.h"

#include <fmt/format.h>

#include "data/recording_reader.h"
#include "data/sha256.h"

namespace preseason::cli {

TrainingRecordings read_recordings(const std::vector<std::string>& paths) {
  TrainingRecordings out;
  for (const std::string& path : paths) {
    const RecordingReader reader(path);
    RecordingSource source{path, {}, ""};
    const Attributes attributes = reader.attributes();
    for (const char* key : {"creator", "source", "scenario", "seed", "replicate", "policy"}) {
      if (auto it = attributes.find(key); it != attributes.end()) source.attributes[key] = it->second;
    }
    if (auto it = attributes.find("scenario_yaml"); it != attributes.end()) {
      source.attributes["scenario_sha256"] = sha256_hex(it->second);
    }
    for (AthleteHistory& h : athlete_histories(reader)) out.histories.push_back(std::move(h));
    out.sources.push_back(std::move(source));
  }
  return out;
}

}  // namespace preseason::cli
