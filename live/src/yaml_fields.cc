#include "yaml_fields.h"

#include "live/live_config_loader.h"

namespace preseason::live {

YamlFields::YamlFields(const std::string& file, const YAML::Node& node, std::string path)
    : file_(file), node_(node), path_(std::move(path)) {
  if (!node.IsMap()) fail(path_, node, "expected a map, found " + found(node));
}

YAML::Node YamlFields::get(const char* key, bool required) {
  used_.insert(key);
  const YAML::Node& map = node_;
  YAML::Node n = map[key];
  if (!n.IsDefined()) {
    if (required) fail(path(key), node_, "required key is missing");
    return YAML::Node();
  }
  return n;
}

std::string YamlFields::text(const char* key, bool required) {
  const YAML::Node n = get(key, required);
  if (n.IsNull()) {
    if (required) fail(path(key), n, "expected text, found nothing");
    return {};
  }
  if (!n.IsScalar() || n.Scalar().empty()) fail(path(key), n, "expected text, found " + found(n));
  return n.Scalar();
}

std::size_t YamlFields::count(const char* key, std::size_t fallback) {
  const YAML::Node n = get(key);
  if (n.IsNull()) return fallback;
  const std::string s = n.IsScalar() ? n.Scalar() : "";
  if (s.empty() || s.size() > 12 || s.find_first_not_of("0123456789") != std::string::npos)
    fail(path(key), n, "expected a whole number >= 1, found " + found(n));
  const std::size_t v = std::stoull(s);
  if (v == 0) fail(path(key), n, "expected a whole number >= 1, found 0");
  return v;
}

YAML::Node YamlFields::list(const char* key) {
  const YAML::Node n = get(key);
  if (n.IsNull()) return YAML::Node(YAML::NodeType::Sequence);
  if (!n.IsSequence()) fail(path(key), n, "expected a list, found " + found(n));
  return n;
}

void YamlFields::fail(const std::string& path, const YAML::Node& at, const std::string& what) const {
  const YAML::Mark mark = at.Mark().is_null() ? node_.Mark() : at.Mark();
  const std::string where = mark.is_null() ? file_ : file_ + ":" + std::to_string(mark.line + 1);
  throw LiveConfigError(where + ": " + path + ": " + what);
}

void YamlFields::finish() const {
  for (const auto& kv : node_) {
    const std::string key = kv.first.as<std::string>();
    if (!used_.count(key)) {
      std::string known;
      for (const std::string& k : used_) known += (known.empty() ? "" : ", ") + k;
      fail(path(key.c_str()), kv.first, "unknown key; expected one of " + known);
    }
  }
}

std::string YamlFields::found(const YAML::Node& n) {
  if (!n.IsDefined() || n.IsNull()) return "nothing";
  if (n.IsSequence()) return "a list";
  if (n.IsMap()) return "a map";
  const std::string s = n.Scalar();
  return "'" + (s.size() > 40 ? s.substr(0, 40) + "..." : s) + "'";
}

}  // namespace preseason::live
