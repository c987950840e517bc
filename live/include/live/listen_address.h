// Where the server listens. Until TLS is built, only loopback addresses are allowed:
// health data must not cross a network in clear text.
#pragma once

#include <string>

namespace preseason::live {

struct ListenAddress {
  std::string host;  // an IP literal, "localhost" mapped to 127.0.0.1
  int port = 8080;   // 0 picks a free port
};

// "127.0.0.1:8080", "[::1]:8080", "localhost:0"; throws std::invalid_argument saying what
// is wrong, including any address that is not loopback.
ListenAddress parse_listen_address(const std::string& text);

bool is_loopback(const std::string& ip);

}  // namespace preseason::live
