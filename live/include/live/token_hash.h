// Tokens are stored only as SHA-256 hex digests and compared in constant time, so
// neither the config file nor response timing reveals a usable token.
#pragma once

#include <string>

#include "data/sha256.h"

namespace preseason::live {

// Time depends only on the lengths, never on where the first difference is.
bool constant_time_equal(const std::string& a, const std::string& b);

}  // namespace preseason::live
