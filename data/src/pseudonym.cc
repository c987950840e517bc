#include "data/pseudonym.h"

#include <fmt/format.h>

namespace preseason {

std::map<std::string, std::string> pseudonyms(const std::set<std::string>& source_ids) {
  std::map<std::string, std::string> out;
  const int width = source_ids.size() < 100 ? 2 : static_cast<int>(std::to_string(source_ids.size()).size());
  std::size_t n = 0;
  for (const auto& id : source_ids) out[id] = fmt::format("a{:0{}}", ++n, width);
  return out;
}

}  // namespace preseason
