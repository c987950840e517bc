// SHA-256 of a byte string as lowercase hex, through OpenSSL's libcrypto.
#pragma once

#include <string>

namespace preseason {

std::string sha256_hex(const std::string& bytes);

}  // namespace preseason
