// The known key a mistyped one was most likely meant to be, by edit distance, or
// "" when none is close enough to be a plausible typo.
#pragma once

#include <string>
#include <vector>

namespace preseason {

std::string closest_key(const std::string& typed, const std::vector<std::string>& known);

}  // namespace preseason
