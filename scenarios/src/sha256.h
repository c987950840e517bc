// SHA-256 (FIPS 180-4) of a byte string as lowercase hex; small enough to carry
// here rather than pull in a crypto library for one digest.
#pragma once

#include <string>

namespace preseason {

std::string sha256_hex(const std::string& bytes);

}  // namespace preseason
