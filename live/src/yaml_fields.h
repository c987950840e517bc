// Reads one YAML map field by field for the live config; every problem throws
// LiveConfigError at "file:line: path: ...", and finish() refuses unknown keys.
#pragma once

#include <set>
#include <string>

#include <yaml-cpp/yaml.h>

namespace preseason::live {

class YamlFields {
 public:
  // `node` must be a map; `path` is its dotted key path ("live.squad[0]").
  YamlFields(const std::string& file, const YAML::Node& node, std::string path);

  // Null when absent; throws when `required` and absent.
  YAML::Node get(const char* key, bool required = false);
  std::string text(const char* key, bool required = false);
  // A non-negative whole number.
  std::size_t count(const char* key, std::size_t fallback);
  // A list (a missing key is an empty list); each item's path is path.key[i].
  YAML::Node list(const char* key);

  std::string path(const char* key) const { return path_ + "." + key; }
  [[noreturn]] void fail(const std::string& path, const YAML::Node& at, const std::string& what) const;
  void finish() const;

  static std::string found(const YAML::Node& n);

 private:
  std::string file_;
  YAML::Node node_;
  std::string path_;
  std::set<std::string> used_;
};

}  // namespace preseason::live
