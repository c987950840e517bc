#include "scenarios/vendor_mapping_path.h"

#include <filesystem>

namespace preseason {

std::string vendor_mapping_path(const Scenario& scenario) {
  namespace fs = std::filesystem;
  const fs::path mapping(scenario.mapping);
  if (mapping.is_absolute()) return mapping.string();
  std::error_code ec;
  if (!scenario.path.empty()) {
    const fs::path beside = fs::path(scenario.path).parent_path() / mapping;
    if (fs::is_regular_file(beside, ec)) return beside.string();
  }
  return (fs::path(PRESEASON_DATA_DIR) / mapping).string();
}

}  // namespace preseason
