// Helpers for scenario tests: paths of the shipped files, scenario text written to
// a scratch file, and the message a load fails with.
#pragma once

#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "scenarios/scenario_loader.h"
#include "scratch_dir.h"

namespace preseason::testing {

inline std::string shipped(const std::string& file) {
  return std::string(PRESEASON_SOURCE_DIR) + "/scenarios/" + file;
}

// Writes `text` to `name` in the scratch directory and returns its path.
inline std::string write_scenario(const std::string& name, const std::string& text) {
  const std::string path = scratch_dir() + name;
  std::ofstream(path) << text;
  return path;
}

// The ScenarioError message of loading `path`, or "" if it loads.
inline std::string load_error(const std::string& path, const std::vector<std::string>& overrides = {}) {
  try {
    load_scenario(path, overrides);
  } catch (const ScenarioError& e) {
    return e.what();
  }
  return "";
}

// The smallest valid scenario; tests append sections to it.
inline const char* kMinimal =
    "name: minimal\n"
    "season:\n"
    "  start: 2025-07-07\n"
    "  end: 2025-09-14\n";

}  // namespace preseason::testing
