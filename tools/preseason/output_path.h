// Checks an output path before any work starts, so a typo in a directory fails at
// once (exit 2) instead of after a long run.
#pragma once

#include <optional>
#include <string>

namespace preseason::cli {

// The problem with writing `path` (given as `option`), or nothing when it can be written.
std::optional<std::string> output_problem(const std::string& option, const std::string& path);

}  // namespace preseason::cli
