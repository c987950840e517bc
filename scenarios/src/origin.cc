#include "origin.h"

namespace preseason {

namespace {

// "a.b[2].c" -> "a.b.2.c", the form override keys are written in.
std::string dotted(const std::string& path) {
  std::string out;
  for (char c : path) {
    if (c == '[') {
      out += '.';
    } else if (c != ']') {
      out += c;
    }
  }
  return out;
}

bool within(const std::string& outer, const std::string& inner) {
  return inner == outer || (inner.size() > outer.size() && inner.compare(0, outer.size(), outer) == 0 &&
                            inner[outer.size()] == '.');
}

}  // namespace

std::string Origin::where(const std::string& path, const YAML::Mark& mark) const {
  const std::string key = dotted(path);
  // The last override touching the key is the one in effect.
  for (auto it = overrides.rbegin(); it != overrides.rend(); ++it) {
    if (within(it->key, key) || within(key, it->key)) return file + ": override '" + it->text + "'";
  }
  if (mark.is_null()) return file;
  return file + ":" + std::to_string(mark.line + 1);
}

std::string file_line_column(const std::string& file, const YAML::Mark& mark) {
  if (mark.is_null()) return file;
  return file + ":" + std::to_string(mark.line + 1) + ":" + std::to_string(mark.column + 1);
}

}  // namespace preseason
