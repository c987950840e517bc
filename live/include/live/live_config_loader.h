// Reads the `live` section of a YAML file into a LiveConfig. Every problem throws
// LiveConfigError with "file:line: key.path: what was expected, found what";
// unknown keys are errors so a typo never silently becomes a default.
#pragma once

#include <stdexcept>
#include <string>

#include "live/live_config.h"

namespace preseason::live {

class LiveConfigError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

LiveConfig load_live_config(const std::string& path);

}  // namespace preseason::live
