// Where a YAML tree came from: the file, plus the overrides applied to it, so an
// error in an overridden value points at the override instead of a file line.
#pragma once

#include <string>
#include <vector>

#include <yaml-cpp/yaml.h>

namespace preseason {

struct AppliedOverride {
  std::string key;   // dotted, normalized: "devices.mixes.0.share"
  std::string text;  // as the user wrote it: "devices.mixes.0.share=0.5"
};

struct Origin {
  std::string file;
  std::vector<AppliedOverride> overrides;

  // "file:line" or "file: override 'k=v'" for a key path such as "devices.mixes[0].share".
  std::string where(const std::string& path, const YAML::Mark& mark) const;
};

// "file:line:column" of a YAML syntax problem, both 1-based.
std::string file_line_column(const std::string& file, const YAML::Mark& mark);

}  // namespace preseason
