#include "live/token_hash.h"

#include <openssl/crypto.h>

namespace preseason::live {

bool constant_time_equal(const std::string& a, const std::string& b) {
  return a.size() == b.size() && CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

}  // namespace preseason::live
