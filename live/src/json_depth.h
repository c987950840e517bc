// Nesting depth of a JSON text, counted without parsing it, so a hostile body of
// a million '[' is refused before any recursive code sees it.
#pragma once

#include <string_view>

namespace preseason::live {

// The deepest nesting of arrays and objects; strings (with escapes) are skipped.
int json_depth(std::string_view text);

}  // namespace preseason::live
