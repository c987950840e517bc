#include "output_path.h"

#include <filesystem>
#include <unistd.h>

namespace preseason::cli {

std::optional<std::string> output_problem(const std::string& option, const std::string& path) {
  namespace fs = std::filesystem;
  const fs::path parent = fs::path(path).parent_path().empty() ? fs::path(".") : fs::path(path).parent_path();
  std::error_code ec;
  if (!fs::is_directory(parent, ec)) return option + " " + path + ": directory " + parent.string() + " does not exist";
  if (::access(parent.c_str(), W_OK) != 0) return option + " " + path + ": directory " + parent.string() + " is not writable";
  if (fs::is_directory(path, ec)) return option + " " + path + ": is a directory";
  return std::nullopt;
}

}  // namespace preseason::cli
