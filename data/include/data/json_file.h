// Loads a JSON file with nlohmann-json; a syntax error becomes an ImportError naming the
// file, line and column, so a corrupt export is found without a debugger.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

namespace preseason {

nlohmann::json load_json(const std::string& path);

}  // namespace preseason
