#include "scenarios/scenario_file_path.h"

#include <filesystem>

namespace preseason {

std::string scenario_file_path(const Scenario& scenario, const std::string& file) {
  namespace fs = std::filesystem;
  const fs::path path(file);
  if (path.is_absolute()) return path.string();
  std::error_code ec;
  if (!scenario.path.empty()) {
    const fs::path beside = fs::path(scenario.path).parent_path() / path;
    if (fs::is_regular_file(beside, ec)) return beside.string();
  }
  return (fs::path(PRESEASON_DATA_DIR) / path).string();
}

}  // namespace preseason
