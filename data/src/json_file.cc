#include "data/json_file.h"

#include <fstream>
#include <sstream>

#include "data/import_error.h"

namespace preseason {

nlohmann::json load_json(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ImportError(path, "", "cannot open file");
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string text = buffer.str();
  try {
    return nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    const std::size_t byte = std::min<std::size_t>(e.byte == 0 ? 0 : e.byte - 1, text.size());
    std::size_t line = 1, column = 1;
    for (std::size_t i = 0; i < byte; ++i) {
      if (text[i] == '\n') ++line, column = 1;
      else ++column;
    }
    std::string why = e.what();
    const std::size_t colon = why.find(": ", why.find("parse error"));
    if (colon != std::string::npos) why = why.substr(colon + 2);
    throw ImportError(path, std::to_string(line) + ":" + std::to_string(column),
                     "invalid JSON at byte " + std::to_string(e.byte) + ": " + why);
  }
}

}  // namespace preseason
