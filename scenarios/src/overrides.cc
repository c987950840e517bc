#include "overrides.h"

#include <cstdlib>

#include "scenarios/scenario_error.h"

namespace preseason {

namespace {

std::vector<std::string> split_key(const std::string& key) {
  std::vector<std::string> parts;
  std::size_t from = 0;
  while (true) {
    const std::size_t dot = key.find('.', from);
    parts.push_back(key.substr(from, dot - from));
    if (dot == std::string::npos) return parts;
    from = dot + 1;
  }
}

bool is_index(const std::string& s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

std::string join_key(const std::vector<std::string>& parts, std::size_t n) {
  std::string out;
  for (std::size_t i = 0; i < n; ++i) out += (i ? "." : "") + parts[i];
  return out;
}

void apply_one(YAML::Node& root, const std::string& text, Origin& origin) {
  const auto fail = [&](const std::string& what) -> void {
    throw ScenarioError(origin.file + ": override '" + text + "': " + what);
  };
  const std::size_t eq = text.find('=');
  if (eq == std::string::npos || eq == 0) fail("expected KEY=VALUE with a dotted key, e.g. squad.size=30");
  std::vector<std::string> parts = split_key(text.substr(0, eq));
  // The season section is the planner's calendar; both names are natural to type.
  if (parts[0] == "calendar") parts[0] = "season";
  for (const std::string& p : parts) {
    if (p.empty()) fail("expected a dotted key without empty parts, found '" + text.substr(0, eq) + "'");
  }
  YAML::Node value;
  try {
    value = YAML::Load(text.substr(eq + 1));
  } catch (const YAML::Exception& e) {
    fail("expected a YAML value after '=', " + e.msg);
  }

  if (!root.IsDefined() || root.IsNull()) root = YAML::Node(YAML::NodeType::Map);
  YAML::Node node = root;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    const bool last = i + 1 == parts.size();
    const std::string here = join_key(parts, i + 1);
    if (node.IsSequence()) {
      if (!is_index(parts[i]) || std::strtoul(parts[i].c_str(), nullptr, 10) >= node.size()) {
        fail(join_key(parts, i) + ": expected an index below " + std::to_string(node.size()) + ", found " +
             parts[i]);
      }
      const std::size_t index = std::strtoul(parts[i].c_str(), nullptr, 10);
      if (last) {
        node[index] = value;
        break;
      }
      YAML::Node next = node[index];
      node.reset(next);
      continue;
    }
    if (!node.IsMap()) fail(join_key(parts, i) + ": is a value, not a section; cannot set " + here);
    if (last) {
      node[parts[i]] = value;
      break;
    }
    const YAML::Node& const_node = node;
    const YAML::Node existing = const_node[parts[i]];
    if (!existing.IsDefined() || existing.IsNull()) node[parts[i]] = YAML::Node(YAML::NodeType::Map);
    YAML::Node next = node[parts[i]];
    node.reset(next);
  }
  origin.overrides.push_back({join_key(parts, parts.size()), text});
}

}  // namespace

void apply_overrides(YAML::Node& root, const std::vector<std::string>& overrides, Origin& origin) {
  for (const std::string& text : overrides) apply_one(root, text, origin);
}

}  // namespace preseason
