#include "data/dedup.h"

namespace preseason {

bool Dedup::first(const std::string& key, const std::string& content, FileReport& report) {
  const auto [it, inserted] = seen_.emplace(key, content);
  if (inserted) return true;
  report.skip(it->second == content ? "exact duplicate" : "conflicting duplicate (first kept)");
  return false;
}

}  // namespace preseason
